package fi.polku.caseowner.domain;

import fi.polku.platform.gaps.GapRule;

/**
 * The closed-loop referrals the gap watch follows: the same rule (unanswered by the answer day, or declined and not
 * sent elsewhere) flags each under its own gap; a referral back to the case owner is a gap only while unanswered (a
 * decline is the receiver's own answer).
 */
public enum ReferredService {
    /** A referral to a coaching provider; the receiver is the provider's business ID. */
    COACHING(GapRule.COACHING_REFERRAL_NOT_STARTED, "coaching referral", "provider", true),
    /** A case owner's referral to a work-ability team; the receiver is the team's id. */
    ASSESSMENT(GapRule.ASSESSMENT_REFERRAL_NOT_STARTED, "assessment referral", "team", true),
    /**
     * A job coach's referral of a client back to the case owner (this service's own); the receiver is the client's
     * case owner's professional id, or {@link #MUNICIPALITY_COORDINATORS}.
     */
    CASE_OWNER(GapRule.CASE_OWNER_REFERRAL_NOT_ANSWERED, "referral back from coaching", "receiver", false);

    /** The receiver of a referral back to the case owner for a client without one. */
    public static final String MUNICIPALITY_COORDINATORS = "municipality-coordinators";

    private final GapRule gap;
    private final String label;
    private final String receiverLabel;
    private final boolean declineIsGap;

    ReferredService(GapRule gap, String label, String receiverLabel, boolean declineIsGap) {
        this.gap = gap;
        this.label = label;
        this.receiverLabel = receiverLabel;
        this.declineIsGap = declineIsGap;
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

    /** Whether a declined referral is a gap until another is sent. */
    public boolean declineIsGap() {
        return declineIsGap;
    }
}
