package fi.polku.caseowner.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.config.GapsConfig;
import fi.polku.caseowner.domain.ActivationPlanBasis;
import fi.polku.caseowner.domain.AgreedCaseOwner;
import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.domain.ClientActivationPlan;
import fi.polku.caseowner.domain.ClientSituation;
import fi.polku.caseowner.domain.FollowUp;
import fi.polku.caseowner.domain.Gap;
import fi.polku.caseowner.domain.GapWatch;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.domain.ReferralState;
import fi.polku.caseowner.domain.ServiceStart;
import fi.polku.caseowner.repository.AgreedCaseOwnerRepository;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.ClientActivationPlanRepository;
import fi.polku.caseowner.repository.FollowUpRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.caseowner.repository.ReferralStateRepository;
import fi.polku.caseowner.repository.ServiceStartRepository;
import fi.polku.caseowner.repository.WorkTrialStartRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.gaps.GapRule;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.servicemap.ServicePlace;
import fi.polku.platform.time.ServiceTime;

/** Assembles every client's situation and runs the {@link GapWatch} rules over it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GapQueries {

    private static final OffsetDateTime NO_SINCE = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

    private final KnownClientRepository knownClients;
    private final AssignmentRepository assignments;
    private final ProfessionalRepository professionals;
    private final ServiceStartRepository starts;
    private final FollowUpRepository followUps;
    private final AgreedCaseOwnerRepository agreements;
    private final ReferralStateRepository referrals;
    private final ClientActivationPlanRepository activationPlans;
    private final WorkTrialStartRepository workTrials;
    private final ClientAccess access;
    private final GapWatch watch;
    private final ServiceTime time;

    public GapQueries(KnownClientRepository knownClients, AssignmentRepository assignments,
            ProfessionalRepository professionals, ServiceStartRepository starts, FollowUpRepository followUps,
            AgreedCaseOwnerRepository agreements, ReferralStateRepository referrals,
            ClientActivationPlanRepository activationPlans, WorkTrialStartRepository workTrials, ClientAccess access,
            GapsConfig config, ServiceTime time) {
        this.knownClients = knownClients;
        this.assignments = assignments;
        this.professionals = professionals;
        this.starts = starts;
        this.followUps = followUps;
        this.agreements = agreements;
        this.referrals = referrals;
        this.activationPlans = activationPlans;
        this.workTrials = workTrials;
        this.access = access;
        this.watch = new GapWatch(config.quietDays());
        this.time = time;
    }

    /**
     * A gap, the municipality of its client (null under a non-disclosure order) and where on the service map the
     * client is, since which day.
     */
    public record ListedGap(Gap gap, String municipalityCode, ServicePlace place, LocalDate placeSince) {
    }

    /** @param municipalityCode only clients of this municipality, or all when null */
    public Page<ListedGap> gaps(String municipalityCode, GapRule rule, PageRequest page) {
        OffsetDateTime now = time.timestamp();
        Map<UUID, Professional> owners = professionals.listAll().stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<UUID, Integer> caseloads = professionals.caseloads();
        Map<UUID, CaseOwnerAssignment> assignmentOf = assignments.listAll().stream()
                .collect(Collectors.toMap(a -> a.clientId, Function.identity()));
        Map<UUID, List<ServiceStart>> pending = starts.allUnacknowledged().stream()
                .collect(Collectors.groupingBy(s -> s.clientId));
        Map<UUID, FollowUp> openFollowUps = followUps.allOpen().stream()
                .collect(Collectors.toMap(f -> f.clientId, Function.identity(),
                        (a, b) -> a.dueDate.isBefore(b.dueDate) ? a : b));
        Map<UUID, List<AgreedCaseOwner>> waiting = agreements.allWaiting().stream()
                .collect(Collectors.groupingBy(a -> a.clientId));
        Map<UUID, List<ReferralState>> watchedReferrals = referrals.watched().stream()
                .collect(Collectors.groupingBy(r -> r.clientId));
        Map<UUID, ClientActivationPlan> planOf = activationPlans.listAll().stream()
                .collect(Collectors.toMap(p -> p.clientId, Function.identity()));
        Map<UUID, List<ClientSituation.StartToRecord>> startsToRecord = startsToRecord();
        List<KnownClient> clients = municipalityCode == null ? knownClients.listAll()
                : knownClients.list("municipalityCode", municipalityCode);
        List<ListedGap> gaps = new ArrayList<>();
        for (KnownClient client : clients) {
            CaseOwnerAssignment assignment = assignmentOf.get(client.clientId);
            if (assignment == null) {
                continue;
            }
            Professional owner = assignment.professionalId == null ? null : owners.get(assignment.professionalId);
            ClientSituation situation = new ClientSituation(client.clientId, client.isOpen(),
                    owner == null ? null : ownerOf(owner, caseloads, assignment), assignment.unassignedSince,
                    client.lastActivityAt(),
                    pending.getOrDefault(client.clientId, List.of()).stream()
                            .map(s -> new ClientSituation.PendingStart(s.service.name(), s.referenceId, s.startedAt))
                            .toList(),
                    openFollowUps.containsKey(client.clientId) ? openFollowUps.get(client.clientId).dueDate : null,
                    waiting.getOrDefault(client.clientId, List.of()).stream()
                            .map(a -> new ClientSituation.WaitingAgreement(a.assessmentId, a.agreedAt, a.reason))
                            .toList(),
                    watchedReferrals.getOrDefault(client.clientId, List.of()).stream()
                            .map(r -> new ClientSituation.Referral(r.service, r.referralId, r.receiver, r.status,
                                    r.reasonCode, r.answerDueBy, r.changedAt))
                            .toList(),
                    startsToRecord.getOrDefault(client.clientId, List.of()),
                    planOf.containsKey(client.clientId) ? planOf.get(client.clientId).basis() : null);
            watch.gapsOf(situation, now).stream()
                    .filter(gap -> rule == null || gap.rule() == rule)
                    .forEach(gap -> gaps.add(new ListedGap(gap, client.municipalityCode, client.place,
                            client.placeSince)));
        }
        Map<UUID, Boolean> visible = new HashMap<>();
        return Pages.visibleSlice(gaps, page, GapQueries::keyOf, gap -> visible.computeIfAbsent(gap.gap().clientId(),
                id -> access.listedOrSupervised(id, "read gap watch")));
    }

    /** Per client, every coaching start and work trial start, which the client's activation plan must record. */
    private Map<UUID, List<ClientSituation.StartToRecord>> startsToRecord() {
        Map<UUID, List<ClientSituation.StartToRecord>> startsOf = new HashMap<>();
        starts.allOf(ServiceStart.Service.COACHING).forEach(s -> startsOf.computeIfAbsent(s.clientId,
                id -> new ArrayList<>()).add(new ClientSituation.StartToRecord(
                        ActivationPlanBasis.Start.SUPPORTED_EMPLOYMENT_COACHING, s.referenceId,
                        s.startedAt.toLocalDate(), s.startedAt)));
        workTrials.listAll().forEach(t -> startsOf.computeIfAbsent(t.clientId, id -> new ArrayList<>())
                .add(new ClientSituation.StartToRecord(ActivationPlanBasis.Start.WORK_TRIAL, t.jobId.toString(),
                        t.startDate, t.startDate.atStartOfDay().atOffset(ZoneOffset.UTC))));
        return startsOf;
    }

    /**
     * Longest first: the earliest {@code since} (a rule without one, last), then client, rule and detail (which names
     * the service start when one client has several), so the order is total and does not change as days pass.
     */
    private static String keyOf(ListedGap listed) {
        Gap gap = listed.gap();
        return PageKey.of(gap.since() == null ? NO_SINCE : gap.since(), gap.clientId(), gap.rule(), gap.detail());
    }

    private static ClientSituation.Owner ownerOf(Professional owner, Map<UUID, Integer> caseloads,
            CaseOwnerAssignment assignment) {
        OffsetDateTime overloadedSince = owner.updatedAt.isAfter(assignment.assignedAt) ? owner.updatedAt
                : assignment.assignedAt;
        return new ClientSituation.Owner(owner.id, owner.active, owner.inactiveSince,
                caseloads.getOrDefault(owner.id, 0), owner.maxCaseload, overloadedSince);
    }
}
