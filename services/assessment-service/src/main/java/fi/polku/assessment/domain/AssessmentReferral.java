package fi.polku.assessment.domain;

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
 * A case owner's referral of a client to a work-ability team, which the team answers ({@link AssessmentReferralRules});
 * accepting it schedules the assessment. Each move is an {@link AssessmentReferralStatusChange}.
 */
@Entity
@Table(name = "assessment_referral")
public class AssessmentReferral extends AnsweredReferral {

    @Column(name = "team_id", nullable = false)
    public UUID teamId;

    /** The case owner's reason for the referral; free text, never in an event. */
    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public AssessmentDeclineReason reasonCode;

    /** The assessment scheduled when the team accepted; null before. */
    @Column(name = "assessment_id")
    public UUID assessmentId;

    public static AssessmentReferral request(UUID clientId, UUID teamId, String reason, String sentBy,
            String senderOrganisation, OffsetDateTime now, LocalDate answerDueBy) {
        AssessmentReferral referral = new AssessmentReferral();
        referral.sent(UUID.randomUUID(), clientId, sentBy, senderOrganisation, now, answerDueBy);
        referral.teamId = teamId;
        referral.reason = reason;
        referral.status = AssessmentReferralStatus.REQUESTED;
        return referral;
    }

    /** Moves the referral the one way the rules allow (422 otherwise). */
    public void moveTo(AssessmentReferralStatus target, AssessmentDeclineReason reason, OffsetDateTime now) {
        if (!AssessmentReferralRules.allowed(status, target)) {
            throw ProblemException.businessRule("status", "The referral is " + status + "; it cannot become "
                    + target);
        }
        status = target;
        reasonCode = reason;
        statusChangedAt = now;
    }
}
