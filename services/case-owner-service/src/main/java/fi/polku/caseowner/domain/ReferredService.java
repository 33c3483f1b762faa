package fi.polku.caseowner.domain;

import fi.polku.platform.gaps.GapRule;

/**
 * The services whose closed-loop referrals the case owner follows: the same rule (unanswered by the answer day, or
 * declined and not sent elsewhere) flags each under its own gap.
 */
public enum ReferredService {
    /** A referral to a coaching provider; the receiver is the provider's business ID. */
    COACHING(GapRule.COACHING_REFERRAL_NOT_STARTED, "coaching referral", "provider"),
    /** A case owner's referral to a work-ability team; the receiver is the team's id. */
    ASSESSMENT(GapRule.ASSESSMENT_REFERRAL_NOT_STARTED, "assessment referral", "team");

    private final GapRule gap;
    private final String label;
    private final String receiverLabel;

    ReferredService(GapRule gap, String label, String receiverLabel) {
        this.gap = gap;
        this.label = label;
        this.receiverLabel = receiverLabel;
    }

    public GapRule gap() {
        return gap;
    }

    /** E.g. "coaching referral", for a gap's detail. */
    public String label() {
        return label;
    }

    /** E.g. "provider", for a gap's detail. */
    public String receiverLabel() {
        return receiverLabel;
    }
}
