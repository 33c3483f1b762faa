package fi.polku.caseowner.domain;

import java.time.LocalDate;
import java.util.Optional;

import fi.polku.platform.problem.ProblemException;

/**
 * The follow-up contact (jälkikontaktointi) after a clientship closes: 1–3 months later, 2 by default, and none
 * when the client has died.
 */
public final class FollowUpSchedule {

    public static final int DEFAULT_MONTHS = 2;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 3;

    private FollowUpSchedule() {
    }

    /** @param months the months asked for, or null for the default */
    public static Optional<LocalDate> dueDate(LocalDate closedOn, ClosureReason reason, Integer months) {
        if (reason == ClosureReason.DECEASED) {
            if (months != null) {
                throw ProblemException.businessRule("followUpInMonths",
                        "no follow-up contact is scheduled when the client has died");
            }
            return Optional.empty();
        }
        int after = months == null ? DEFAULT_MONTHS : months;
        if (after < MIN_MONTHS || after > MAX_MONTHS) {
            throw ProblemException.invalidField("followUpInMonths", "must be between 1 and 3");
        }
        return Optional.of(closedOn.plusMonths(after));
    }
}
