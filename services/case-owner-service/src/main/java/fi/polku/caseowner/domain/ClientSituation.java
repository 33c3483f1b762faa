package fi.polku.caseowner.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the gap watch needs to know about one client right now.
 *
 * @param owner the case owner, or null when the client waits in the unassigned queue
 * @param lastActivityAt the latest of registration, reopening, recorded next step and recorded contact
 * @param pendingStarts assessments and coaching started but not acknowledged by the case owner
 * @param openFollowUpDue the due date of the follow-up not yet completed, or null
 * @param waitingAgreements case owners agreed in assessments that were not applied and wait for a person
 * @param referrals coaching and assessment referrals still waiting for the receiver's answer, or declined and not sent
 *     elsewhere yet
 * @param startsToRecord coaching and work trials that started, which the activation plan must record
 * @param activationPlan the client's latest activation plan, or null when assessment has published none
 */
public record ClientSituation(
        UUID clientId,
        boolean open,
        Owner owner,
        OffsetDateTime unassignedSince,
        OffsetDateTime lastActivityAt,
        List<PendingStart> pendingStarts,
        LocalDate openFollowUpDue,
        List<WaitingAgreement> waitingAgreements,
        List<Referral> referrals,
        List<StartToRecord> startsToRecord,
        ActivationPlanBasis.Plan activationPlan) {

    public ClientSituation(UUID clientId, boolean open, Owner owner, OffsetDateTime unassignedSince,
            OffsetDateTime lastActivityAt, List<PendingStart> pendingStarts, LocalDate openFollowUpDue,
            List<WaitingAgreement> waitingAgreements) {
        this(clientId, open, owner, unassignedSince, lastActivityAt, pendingStarts, openFollowUpDue,
                waitingAgreements, List.of());
    }

    public ClientSituation(UUID clientId, boolean open, Owner owner, OffsetDateTime unassignedSince,
            OffsetDateTime lastActivityAt, List<PendingStart> pendingStarts, LocalDate openFollowUpDue,
            List<WaitingAgreement> waitingAgreements, List<Referral> referrals) {
        this(clientId, open, owner, unassignedSince, lastActivityAt, pendingStarts, openFollowUpDue,
                waitingAgreements, referrals, List.of(), null);
    }

    /** A coaching episode or a work trial (a job) that started on {@code day}. */
    public record StartToRecord(ActivationPlanBasis.Start start, String referenceId, LocalDate day,
            OffsetDateTime startedAt) {
    }

    /**
     * A referral to a service: REQUESTED (answer due by {@code answerDueBy}) or DECLINED (with its reason code); the
     * receiver is the provider's business ID or the team's id.
     */
    public record Referral(ReferredService service, UUID referralId, String receiver, String status, String reasonCode,
            LocalDate answerDueBy, OffsetDateTime changedAt) {
    }

    /**
     * @param overloadedSince when the owner's caseload last changed in a way that could push them over: the later
     *     of their own last update and this client's assignment
     */
    public record Owner(UUID professionalId, boolean active, OffsetDateTime inactiveSince, int caseload,
            int maxCaseload, OffsetDateTime overloadedSince) {
    }

    public record WaitingAgreement(UUID assessmentId, OffsetDateTime agreedAt, String reason) {
    }

    public record PendingStart(String service, String referenceId, OffsetDateTime startedAt) {
    }
}
