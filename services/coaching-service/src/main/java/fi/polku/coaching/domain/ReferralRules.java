package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The closed-loop referral's rules (issue 17 §1). Transitions: the provider accepts or declines a REQUESTED referral;
 * an ACCEPTED one goes IN_PROGRESS when its episode starts and COMPLETED when the episode ends; the sender cancels
 * while coaching has not started (REQUESTED or ACCEPTED). The history is never rewritten: a final status stays.
 * A referral left REQUESTED is to be answered within a number of Finnish working days (default 5), after which it is
 * a gap the case owner's gap watch shows.
 */
public final class ReferralRules {

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            ReferralStatus.REQUESTED, Set.of(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED,
                    ReferralStatus.CANCELLED),
            ReferralStatus.ACCEPTED, Set.of(ReferralStatus.IN_PROGRESS, ReferralStatus.CANCELLED),
            ReferralStatus.IN_PROGRESS, Set.of(ReferralStatus.COMPLETED));

    private ReferralRules() {
    }

    public static boolean allowed(ReferralStatus from, ReferralStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    /** Whether a referral still REQUESTED has waited past its answer day. */
    public static boolean unanswered(ReferralStatus status, LocalDate answerDueBy, LocalDate today) {
        return status == ReferralStatus.REQUESTED && today.isAfter(answerDueBy);
    }
}
