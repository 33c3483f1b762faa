package fi.polku.caseowner.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.referrals.AnsweredReferral;

/**
 * A job coach's referral of a client back to the case owner, from a coaching episode, which the receiver answers
 * ({@link CaseOwnerReferralRules}). Each move is a {@link CaseOwnerReferralStatusChange}.
 */
@Entity
@Table(name = "case_owner_referral")
public class CaseOwnerReferral extends AnsweredReferral {

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false)
    public ReturnReason reasonCode;

    /** The coach's words; free text, never in an event. */
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseOwnerReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason_code")
    public ReturnDeclineReason declineReasonCode;

    public static CaseOwnerReferral request(CoachingEpisode episode, ReturnReason reasonCode, String reason,
            String sentBy, String senderOrganisation, OffsetDateTime now, LocalDate answerDueBy) {
        CaseOwnerReferral referral = new CaseOwnerReferral();
        referral.sent(UUID.randomUUID(), episode.clientId, sentBy, senderOrganisation, now, answerDueBy);
        referral.episodeId = episode.episodeId;
        referral.reasonCode = reasonCode;
        referral.reason = reason;
        referral.status = CaseOwnerReferralStatus.REQUESTED;
        return referral;
    }

    /** Moves the referral the one way the rules allow (422 otherwise). */
    public void moveTo(CaseOwnerReferralStatus target, ReturnDeclineReason declineReason, OffsetDateTime now) {
        if (!CaseOwnerReferralRules.allowed(status, target)) {
            throw ProblemException.businessRule("status", "The referral is " + status + "; it cannot become "
                    + target);
        }
        status = target;
        declineReasonCode = declineReason;
        statusChangedAt = now;
    }
}
