package fi.polku.caseowner.domain;

import java.util.UUID;

/**
 * What to do with the case owner the work-ability team agreed on with the client ("asiakasvastaavasta sopiminen",
 * one of the results of the work-ability support survey). The agreement makes the agreed professional the case
 * owner when
 * <ul>
 * <li>the conclusion names a professional of this service's register, who is active,</li>
 * <li>the clientship is open, and</li>
 * <li>nobody has set a case owner by hand since the agreement (a later decision of a person wins);</li>
 * </ul>
 * when the agreed professional already owns the clientship nothing changes. In every other case the agreement is
 * not applied and goes, with the reason, to the coordinator's list. Segment fit and caseload are not checked: the
 * agreement is a decision of people, as a manual reassignment is (the gap watch shows an owner over caseload).
 */
public final class AgreedCaseOwnerRule {

    /** The history's reason for a case owner the assessment agreed on. */
    public static final String REASON = "agreed in the work-ability assessment";

    private AgreedCaseOwnerRule() {
    }

    /**
     * @param agreed the agreed professional, or null when the conclusion named none of this service's register
     * @param currentOwnerId the case owner now, or null in the unassigned queue
     * @param setByHandSince whether a person set a case owner after the agreement
     */
    public static Decision decide(Professional agreed, boolean clientshipOpen, UUID currentOwnerId,
            boolean setByHandSince) {
        if (agreed == null) {
            return notApplied("the agreed case owner is not a professional in the case-owner service's register");
        }
        if (!agreed.active) {
            return notApplied("the agreed case owner " + agreed.id + " is inactive");
        }
        if (!clientshipOpen) {
            return notApplied("the clientship is closed");
        }
        if (setByHandSince) {
            return notApplied("a case owner was set by hand after the agreement");
        }
        if (agreed.id.equals(currentOwnerId)) {
            return new Decision(AgreementOutcome.ALREADY_OWNER, "the agreed case owner already owns the clientship");
        }
        return new Decision(AgreementOutcome.APPLIED, REASON);
    }

    private static Decision notApplied(String reason) {
        return new Decision(AgreementOutcome.NOT_APPLIED, reason);
    }

    public record Decision(AgreementOutcome outcome, String reason) {
    }
}
