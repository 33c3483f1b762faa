package fi.polku.intake.domain;

import java.time.LocalDate;
import java.time.Period;

/** Coarse age groups, fit for events and reports where an exact birth date would identify a person. */
public final class AgeBand {

    private static final int[] LOWER_BOUNDS = {18, 25, 30, 35, 45, 55, 65};

    private AgeBand() {
    }

    public static String of(LocalDate birthDate, LocalDate today) {
        int age = Period.between(birthDate, today).getYears();
        if (age < LOWER_BOUNDS[0]) {
            return "under-18";
        }
        for (int i = LOWER_BOUNDS.length - 1; i >= 0; i--) {
            if (age >= LOWER_BOUNDS[i]) {
                return i == LOWER_BOUNDS.length - 1 ? LOWER_BOUNDS[i] + "+"
                        : LOWER_BOUNDS[i] + "-" + (LOWER_BOUNDS[i + 1] - 1);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
