package fi.polku.caseowner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fi.polku.platform.referrals.ReferralMove;

/** One move of a referral back to the case owner: to which status and why, besides who moved it when. Never changed. */
@Entity
@Table(name = "case_owner_referral_status_change")
public class CaseOwnerReferralStatusChange extends ReferralMove {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseOwnerReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason_code")
    public ReturnDeclineReason declineReasonCode;

    /** The referral's move to the status it now has, by the user of the organisation. */
    public static CaseOwnerReferralStatusChange of(CaseOwnerReferral referral, String note, String user,
            String organisation) {
        CaseOwnerReferralStatusChange change = new CaseOwnerReferralStatusChange();
        change.moved(referral, note, user, organisation);
        change.status = referral.status;
        change.declineReasonCode = referral.declineReasonCode;
        return change;
    }
}
