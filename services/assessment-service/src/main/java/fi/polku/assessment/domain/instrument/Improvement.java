package fi.polku.assessment.domain.instrument;

import java.math.BigDecimal;

/**
 * Whether a client's scale score moved in the better direction from the first time point to the latest, read with
 * the scale's direction from the instrument's definition (Kykyviisari is used "before and after services to show
 * change", domain.md; the pilots report "Kykyviisari arvioinnin muutokset positiivisia", seed 004).
 */
public enum Improvement {
    IMPROVED,
    UNCHANGED,
    WORSE;

    /** Null when the definition does not say which direction is better: the change alone cannot be judged. */
    public static Improvement of(BigDecimal change, Boolean higherIsBetter) {
        if (higherIsBetter == null) {
            return null;
        }
        int sign = higherIsBetter ? change.signum() : -change.signum();
        return sign > 0 ? IMPROVED : sign == 0 ? UNCHANGED : WORSE;
    }
}
