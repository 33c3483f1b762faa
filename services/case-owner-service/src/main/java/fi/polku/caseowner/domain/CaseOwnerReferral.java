package fi.polku.caseowner.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fi.polku.platform.problem.ProblemException;

/**
 * A job coach's referral of a client back to the case owner, from a coaching episode, which the receiver answers
 * ({@link CaseOwnerReferralRules}). Each move is a {@link CaseOwnerReferralStatusChange}.
 */
@Entity
@Table(name = "case_owner_referral")
public class CaseOwnerReferral {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false)
    public ReturnReason reasonCode;

    /** The coach's words; free text, never in an event. */
    public String reason;

    @Column(name = "sent_by", nullable = false)
    public String sentBy;

    /** The provider's business ID (the sending coach's {@code org}). */
    @Column(name = "sender_organisation", nullable = false)
    public String senderOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseOwnerReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason_code")
    public ReturnDeclineReason declineReasonCode;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "answer_due_by", nullable = false)
    public LocalDate answerDueBy;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Version
    public long version;

    public static CaseOwnerReferral request(CoachingEpisode episode, ReturnReason reasonCode, String reason,
            String sentBy, String senderOrganisation, OffsetDateTime now, LocalDate answerDueBy) {
        CaseOwnerReferral referral = new CaseOwnerReferral();
        referral.id = UUID.randomUUID();
        referral.clientId = episode.clientId;
        referral.episodeId = episode.episodeId;
        referral.reasonCode = reasonCode;
        referral.reason = reason;
        referral.sentBy = sentBy;
        referral.senderOrganisation = senderOrganisation;
        referral.status = CaseOwnerReferralStatus.REQUESTED;
        referral.requestedAt = now;
        referral.answerDueBy = answerDueBy;
        referral.statusChangedAt = now;
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
