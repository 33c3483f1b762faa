package fi.polku.assessment.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.ActivationPlan;
import fi.polku.assessment.domain.ImplementationPlan;
import fi.polku.assessment.domain.PlanParty;
import fi.polku.assessment.domain.PlanRules;
import fi.polku.assessment.domain.PlannedService;
import fi.polku.assessment.messaging.AssessmentEvents;
import fi.polku.assessment.repository.ActivationPlanRepository;
import fi.polku.assessment.repository.ImplementationPlanRepository;
import fi.polku.assessment.rest.ActivationPlanRequest;
import fi.polku.assessment.rest.ImplementationPlanRequest;
import fi.polku.platform.access.ClientAccess;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * Activation and implementation plans, each versioned per client: every update adds a version, and a client's
 * plan is updated only from its current version ({@code If-Match}; {@value #NO_PLAN} before the first version).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanService {

    /** The version of a client's plan before its first version: the ETag of an empty version list. */
    public static final int NO_PLAN = 0;

    private final ActivationPlanRepository activationPlans;
    private final ImplementationPlanRepository implementationPlans;
    private final KnownClients knownClients;
    private final AssessmentEvents events;
    private final ClientAccess access;
    private final Caller caller;
    private final ServiceTime time;

    public PlanService(ActivationPlanRepository activationPlans, ImplementationPlanRepository implementationPlans,
            KnownClients knownClients, AssessmentEvents events, ClientAccess access, Caller caller, ServiceTime time) {
        this.activationPlans = activationPlans;
        this.implementationPlans = implementationPlans;
        this.knownClients = knownClients;
        this.events = events;
        this.access = access;
        this.caller = caller;
        this.time = time;
    }

    public ActivationPlan updateActivationPlan(UUID clientId, ActivationPlanRequest request, String ifMatch) {
        knownClients.requireInPath(clientId);
        Optional<ActivationPlan> previous = activationPlans.latestForClient(clientId);
        int version = previous.map(p -> p.version + 1).orElse(1);
        access.require(clientId, "update activation plan to version " + version);
        List<PlanParty> parties = request.parties().stream()
                .map(p -> new PlanParty(p.role(), strip(p.name()), strip(p.organisation()))).toList();
        List<PlannedService> services = request.services().stream()
                .map(s -> new PlannedService(s.service(), s.from(), s.until(), s.daysPerWeek())).toList();
        PlanRules.checkActivationPlan(request.validFrom(), request.validUntil(), parties, services);
        requireBasedOnCurrent(previous.map(p -> p.version), ifMatch);
        ActivationPlan plan = new ActivationPlan();
        plan.revisionId = UUID.randomUUID();
        plan.planId = previous.map(p -> p.planId).orElseGet(UUID::randomUUID);
        plan.version = version;
        plan.clientId = clientId;
        plan.validFrom = request.validFrom();
        plan.validUntil = request.validUntil();
        plan.parties = parties;
        plan.services = services;
        plan.agreedPossibilities = request.agreedPossibilities().stream().distinct().sorted().toList();
        plan.changeReason = strip(request.changeReason());
        plan.recordedBy = caller.subject();
        plan.recordedAt = time.timestamp();
        activationPlans.persist(plan);
        events.activationPlanUpdated(plan);
        return plan;
    }

    /** A page of the versions, the newest first, and the current version (0 while the client has no plan). */
    public PlanVersions<ActivationPlan> activationPlanVersions(UUID clientId, PageRequest page) {
        knownClients.requireInPath(clientId);
        access.require(clientId, "read activation plans");
        return new PlanVersions<>(activationPlans.versionsForClient(clientId, page),
                activationPlans.latestForClient(clientId).map(p -> p.version).orElse(NO_PLAN));
    }

    public ImplementationPlan updateImplementationPlan(UUID clientId, ImplementationPlanRequest request,
            String ifMatch) {
        knownClients.requireInPath(clientId);
        Optional<ImplementationPlan> previous = implementationPlans.latestForClient(clientId);
        int version = previous.map(p -> p.version + 1).orElse(1);
        access.require(clientId, "update implementation plan to version " + version);
        if (request.validUntil() != null && request.validUntil().isBefore(request.validFrom())) {
            throw ProblemException.invalidField("validUntil", "must not be before validFrom");
        }
        Optional<ActivationPlan> activationPlan = activationPlans.latestForClient(clientId);
        PlanRules.checkImplementationBasis(activationPlan, request.activationPlanId(), request.validFrom(),
                request.coachingOnActivityDays());
        requireBasedOnCurrent(previous.map(p -> p.version), ifMatch);
        ImplementationPlan plan = new ImplementationPlan();
        plan.revisionId = UUID.randomUUID();
        plan.planId = previous.map(p -> p.planId).orElseGet(UUID::randomUUID);
        plan.version = version;
        plan.clientId = clientId;
        plan.activationPlanId = activationPlan.get().planId;
        plan.activationPlanVersion = activationPlan.get().version;
        plan.place = request.place().strip();
        plan.activityDaysPerWeek = request.activityDaysPerWeek();
        plan.goals = request.goals().stream().map(String::strip).toList();
        plan.coachingOnActivityDays = request.coachingOnActivityDays();
        plan.coachingSessionsPerWeek = request.coachingSessionsPerWeek();
        plan.validFrom = request.validFrom();
        plan.validUntil = request.validUntil();
        plan.drawnUpBy = request.drawnUpBy().strip();
        plan.recordedBy = caller.subject();
        plan.recordedAt = time.timestamp();
        implementationPlans.persist(plan);
        events.implementationPlanUpdated(plan);
        return plan;
    }

    /** A page of the versions, the newest first, and the current version (0 while the client has no plan). */
    public PlanVersions<ImplementationPlan> implementationPlanVersions(UUID clientId, PageRequest page) {
        knownClients.requireInPath(clientId);
        access.require(clientId, "read implementation plans");
        return new PlanVersions<>(implementationPlans.versionsForClient(clientId, page),
                implementationPlans.latestForClient(clientId).map(p -> p.version).orElse(NO_PLAN));
    }

    /** One page of a plan's versions and the version an update must name in If-Match. */
    public record PlanVersions<T>(Page<T> page, int currentVersion) {
    }

    /**
     * Every later version must name the version it changes. The first one names {@value #NO_PLAN}, the ETag of
     * the empty version list, or comes without If-Match.
     */
    private static void requireBasedOnCurrent(Optional<Integer> currentVersion, String ifMatch) {
        if (currentVersion.isPresent()) {
            Versions.requireCurrent(currentVersion.get(), ifMatch);
        } else if (ifMatch != null && Versions.expectedVersion(ifMatch) != NO_PLAN) {
            throw ProblemException.preconditionFailed("The client has no plan yet; send the first version with "
                    + "If-Match \"0\" (the ETag of the empty version list) or without If-Match");
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
