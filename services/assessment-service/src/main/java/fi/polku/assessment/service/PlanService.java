package fi.polku.assessment.service;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.ActivationPlan;
import fi.polku.assessment.domain.ImplementationPlan;
import fi.polku.assessment.domain.PlanVersion;
import fi.polku.assessment.messaging.AssessmentEvents;
import fi.polku.assessment.repository.ActivationPlanRepository;
import fi.polku.assessment.repository.ImplementationPlanRepository;
import fi.polku.assessment.repository.PlanVersionRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * Activation and implementation plans, each versioned per client ({@link PlanVersion}): every update adds a
 * version, and a client's plan is updated only from its current version ({@code If-Match}; {@value #NO_PLAN}
 * before the first version).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanService {

    /** The version of a client's plan before its first version: the ETag of an empty version list. */
    public static final int NO_PLAN = 0;

    private static final String ACTIVATION_PLAN = "activation plan";
    private static final String IMPLEMENTATION_PLAN = "implementation plan";

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

    public ActivationPlan updateActivationPlan(UUID clientId, ActivationPlan.Content content, String ifMatch) {
        ActivationPlan plan = update(activationPlans, ACTIVATION_PLAN, clientId, ifMatch,
                () -> ActivationPlan.drawUp(content));
        events.activationPlanUpdated(plan);
        return plan;
    }

    public PlanVersions<ActivationPlan> activationPlanVersions(UUID clientId, PageRequest page) {
        return versions(activationPlans, ACTIVATION_PLAN, clientId, page);
    }

    public ImplementationPlan updateImplementationPlan(UUID clientId, ImplementationPlan.Content content,
            String ifMatch) {
        ImplementationPlan plan = update(implementationPlans, IMPLEMENTATION_PLAN, clientId, ifMatch,
                () -> ImplementationPlan.drawUp(content, activationPlans.latestForClient(clientId)));
        events.implementationPlanUpdated(plan);
        return plan;
    }

    public PlanVersions<ImplementationPlan> implementationPlanVersions(UUID clientId, PageRequest page) {
        return versions(implementationPlans, IMPLEMENTATION_PLAN, clientId, page);
    }

    /** One page of a plan's versions, the newest first, and the version an update must name in If-Match. */
    public record PlanVersions<P>(Page<P> page, int currentVersion) {
    }

    /**
     * Adds the client's next version of a plan: once the caller's basis is checked, {@code draft} draws the version
     * up and checks its rules; only then is If-Match checked against the current version.
     */
    private <P extends PlanVersion> P update(PlanVersionRepository<P> plans, String plan, UUID clientId,
            String ifMatch, Supplier<P> draft) {
        knownClients.requireInPath(clientId);
        Optional<P> current = plans.latestForClient(clientId);
        access.require(clientId, "update " + plan + " to version " + PlanVersion.nextVersion(current));
        P next = draft.get();
        requireBasedOnCurrent(current, ifMatch);
        next.follow(clientId, current, caller.subject(), time.timestamp());
        plans.persist(next);
        return next;
    }

    private <P extends PlanVersion> PlanVersions<P> versions(PlanVersionRepository<P> plans, String plan,
            UUID clientId, PageRequest page) {
        knownClients.requireInPath(clientId);
        access.require(clientId, "read " + plan + "s");
        return new PlanVersions<>(plans.versionsForClient(clientId, page),
                plans.latestForClient(clientId).map(p -> p.version).orElse(NO_PLAN));
    }

    /**
     * Every later version must name the version it changes. The first one names {@value #NO_PLAN}, the ETag of
     * the empty version list, or comes without If-Match.
     */
    private static void requireBasedOnCurrent(Optional<? extends PlanVersion> current, String ifMatch) {
        if (current.isPresent()) {
            Versions.requireCurrent(current.get().version, ifMatch);
        } else if (ifMatch != null && Versions.expectedVersion(ifMatch) != NO_PLAN) {
            throw ProblemException.preconditionFailed("The client has no plan yet; send the first version with "
                    + "If-Match \"0\" (the ETag of the empty version list) or without If-Match");
        }
    }
}
