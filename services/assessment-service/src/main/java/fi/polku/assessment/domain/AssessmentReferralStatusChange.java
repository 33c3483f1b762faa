package fi.polku.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fi.polku.platform.referrals.ReferralMove;

/** One move of an assessment referral: to which status and why, besides who moved it when. Never changed. */
@Entity
@Table(name = "assessment_referral_status_change")
public class AssessmentReferralStatusChange extends ReferralMove {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public AssessmentDeclineReason reasonCode;

    /** The referral's move to the status it now has, by the user of the organisation. */
    public static AssessmentReferralStatusChange of(AssessmentReferral referral, String note, String user,
            String organisation) {
        AssessmentReferralStatusChange change = new AssessmentReferralStatusChange();
        change.moved(referral, note, user, organisation);
        change.status = referral.status;
        change.reasonCode = referral.reasonCode;
        return change;
    }
}
