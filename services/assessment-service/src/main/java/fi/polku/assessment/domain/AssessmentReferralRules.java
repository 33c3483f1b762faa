package fi.polku.assessment.domain;

import java.util.Map;
import java.util.Set;

/**
 * The closed-loop rules of a case owner's referral to a work-ability team (issue 17 §1). The team accepts a REQUESTED
 * referral (with the appointment, which schedules the assessment) or declines it with a reason code; an ACCEPTED one
 * goes IN_PROGRESS when its assessment starts and COMPLETED when the assessment is concluded. The sender cancels it
 * before the assessment starts (REQUESTED or ACCEPTED); cancelling the assessment cancels the referral too, also once
 * it is in progress. DECLINED, COMPLETED and CANCELLED are final: the history is never rewritten. The team answers
 * within a number of Finnish working days (default 5), after which a referral still REQUESTED is a gap in the case
 * owner's gap watch.
 */
public final class AssessmentReferralRules {

    private static final Map<AssessmentReferralStatus, Set<AssessmentReferralStatus>> NEXT = Map.of(
            AssessmentReferralStatus.REQUESTED, Set.of(AssessmentReferralStatus.ACCEPTED,
                    AssessmentReferralStatus.DECLINED, AssessmentReferralStatus.CANCELLED),
            AssessmentReferralStatus.ACCEPTED, Set.of(AssessmentReferralStatus.IN_PROGRESS,
                    AssessmentReferralStatus.CANCELLED),
            AssessmentReferralStatus.IN_PROGRESS, Set.of(AssessmentReferralStatus.COMPLETED,
                    AssessmentReferralStatus.CANCELLED));

    private AssessmentReferralRules() {
    }

    public static boolean allowed(AssessmentReferralStatus from, AssessmentReferralStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    /** The sender may cancel only while the assessment has not started. */
    public static boolean senderMayCancel(AssessmentReferralStatus status) {
        return status == AssessmentReferralStatus.REQUESTED || status == AssessmentReferralStatus.ACCEPTED;
    }
}
