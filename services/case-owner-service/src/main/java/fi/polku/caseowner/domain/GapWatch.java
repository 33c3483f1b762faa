package fi.polku.caseowner.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.polku.platform.gaps.GapRule;

/**
 * The rules that flag a client at risk of falling between services (the pilots' "ping-pong" problem). For an open
 * clientship:
 * <ul>
 * <li>{@link GapRule#NO_CASE_OWNER}: nobody owns it, since the client entered the unassigned queue;</li>
 * <li>{@link GapRule#OWNER_INACTIVE}: the owner is inactive, since they became inactive;</li>
 * <li>{@link GapRule#OWNER_OVER_CASELOAD}: the owner has more clients than their maximum;</li>
 * <li>{@link GapRule#NO_RECENT_NEXT_STEP_OR_CONTACT}: no next step or contact recorded for {@code quietDays} days
 * (registration or reopening counts as the first activity), since that last activity;</li>
 * <li>{@link GapRule#SERVICE_STARTED_OWNER_NOT_INFORMED}: an assessment or coaching started and the owner has not
 * acknowledged it, since it started;</li>
 * <li>{@link GapRule#AGREED_CASE_OWNER_NOT_APPLIED}: the case owner agreed in an assessment could not be applied
 * ({@link AgreedCaseOwnerRule}) and nobody has set one by hand since, since the agreement, with the reason;</li>
 * <li>{@link GapRule#COACHING_REFERRAL_NOT_STARTED} and {@link GapRule#ASSESSMENT_REFERRAL_NOT_STARTED}, one rule for
 * both ({@link ReferredService}): a referral to a coaching provider or a work-ability team is still REQUESTED after its
 * answer day (the sending service counts the configured Finnish working days, default 5), since the day after; or the
 * receiver declined it and no other referral to that service has been sent since, since the decline, with the reason
 * code (issue 17 §1);</li>
 * <li>{@link GapRule#CASE_OWNER_REFERRAL_NOT_ANSWERED}: the same rule for a job coach's referral of a client back to the
 * case owner, while it is unanswered only (a decline is the receiver's own answer);</li>
 * <li>{@link GapRule#COACHING_WITHOUT_ACTIVATION_PLAN}: coaching or a work trial started and the client's activation
 * plan does not record it ({@link ActivationPlanBasis}), since it started, with what the plan lacks;</li>
 * </ul>
 * and for a closed one: {@link GapRule#FOLLOW_UP_OVERDUE}, the follow-up contact is past its due date (since the
 * start of the day after it was due).
 */
public final class GapWatch {

    private final int quietDays;

    public GapWatch(int quietDays) {
        if (quietDays < 1) {
            throw new IllegalArgumentException("quietDays must be at least 1");
        }
        this.quietDays = quietDays;
    }

    public List<Gap> gapsOf(ClientSituation client, OffsetDateTime now) {
        List<Gap> gaps = new ArrayList<>();
        ClientSituation.Owner owner = client.owner();
        UUID ownerId = owner == null ? null : owner.professionalId();
        if (!client.open()) {
            if (client.openFollowUpDue() != null && client.openFollowUpDue().isBefore(now.toLocalDate())) {
                OffsetDateTime since = client.openFollowUpDue().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
                gaps.add(gap(client, GapRule.FOLLOW_UP_OVERDUE, since, now,
                        "follow-up contact was due on " + client.openFollowUpDue(), ownerId));
            }
            return gaps;
        }
        if (owner == null) {
            gaps.add(gap(client, GapRule.NO_CASE_OWNER, client.unassignedSince(), now,
                    "waiting in the unassigned queue", null));
        } else {
            if (!owner.active()) {
                gaps.add(gap(client, GapRule.OWNER_INACTIVE, owner.inactiveSince(), now,
                        "the case owner is inactive", ownerId));
            }
            if (owner.caseload() > owner.maxCaseload()) {
                gaps.add(gap(client, GapRule.OWNER_OVER_CASELOAD, owner.overloadedSince(), now,
                        "the case owner has " + owner.caseload() + " clients, maximum " + owner.maxCaseload(),
                        ownerId));
            }
        }
        if (client.lastActivityAt() != null && client.lastActivityAt().plusDays(quietDays).isBefore(now)) {
            gaps.add(gap(client, GapRule.NO_RECENT_NEXT_STEP_OR_CONTACT, client.lastActivityAt(), now,
                    "no next step or contact recorded for over " + quietDays + " days", ownerId));
        }
        for (ClientSituation.PendingStart start : client.pendingStarts()) {
            gaps.add(gap(client, GapRule.SERVICE_STARTED_OWNER_NOT_INFORMED, start.startedAt(), now,
                    start.service().toLowerCase() + " " + start.referenceId()
                            + " started and the case owner has not acknowledged it", ownerId));
        }
        for (ClientSituation.WaitingAgreement agreement : client.waitingAgreements()) {
            gaps.add(gap(client, GapRule.AGREED_CASE_OWNER_NOT_APPLIED, agreement.agreedAt(), now,
                    "case owner agreed in assessment " + agreement.assessmentId() + " not applied: "
                            + agreement.reason(), ownerId));
        }
        for (ClientSituation.Referral referral : client.referrals()) {
            referralGap(client, referral, now, ownerId).ifPresent(gaps::add);
        }
        for (ClientSituation.StartToRecord start : client.startsToRecord()) {
            ActivationPlanBasis.missing(client.activationPlan(), start.start(), start.day()).ifPresent(reason ->
                    gaps.add(gap(client, GapRule.COACHING_WITHOUT_ACTIVATION_PLAN, start.startedAt(), now,
                            start.start().name().toLowerCase().replace('_', ' ') + " " + start.referenceId()
                                    + " started on " + start.day() + ": " + reason, ownerId)));
        }
        return gaps;
    }

    private static Optional<Gap> referralGap(ClientSituation client, ClientSituation.Referral referral,
            OffsetDateTime now, UUID ownerId) {
        ReferredService service = referral.service();
        String what = service.label() + " " + referral.referralId();
        if (ReferralState.REQUESTED.equals(referral.status()) && now.toLocalDate().isAfter(referral.answerDueBy())) {
            OffsetDateTime since = referral.answerDueBy().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            return Optional.of(gap(client, service.gap(), since, now, what + " to " + service.receiverLabel() + " "
                    + referral.receiver() + " not answered by " + referral.answerDueBy(), ownerId));
        }
        if (ReferralState.DECLINED.equals(referral.status()) && service.declineIsGap()) {
            return Optional.of(gap(client, service.gap(), referral.changedAt(), now, what + " declined by "
                    + service.receiverLabel() + " " + referral.receiver() + ": " + referral.reasonCode(), ownerId));
        }
        return Optional.empty();
    }

    private static Gap gap(ClientSituation client, GapRule rule, OffsetDateTime since, OffsetDateTime now,
            String detail, UUID ownerId) {
        long days = since == null ? 0 : Math.max(0, Duration.between(since, now).toDays());
        return new Gap(client.clientId(), rule, since, days, detail, ownerId);
    }
}
