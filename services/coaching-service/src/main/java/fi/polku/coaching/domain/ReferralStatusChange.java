package fi.polku.coaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fi.polku.platform.referrals.ReferralMove;

/** One move of a coaching referral: to which status and why, besides who moved it when. Never changed. */
@Entity
@Table(name = "coaching_referral_status_change")
public class ReferralStatusChange extends ReferralMove {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public DeclineReason reasonCode;

    /** The referral's move to the status it now has, for the reason, by the user of the organisation. */
    public static ReferralStatusChange of(CoachingReferral referral, DeclineReason reason, String note, String user,
            String organisation) {
        ReferralStatusChange change = new ReferralStatusChange();
        change.moved(referral, note, user, organisation);
        change.status = referral.status;
        change.reasonCode = reason;
        return change;
    }
}
