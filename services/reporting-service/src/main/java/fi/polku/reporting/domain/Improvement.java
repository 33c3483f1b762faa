package fi.polku.reporting.domain;

/**
 * Whether a client's instrument scale moved in the better direction between their first and latest time point, read
 * with the scale's direction from the instrument's definition (Kykyviisari is used "before and after services to
 * show change", domain.md; the pilot reports "Kykyviisari arvioinnin muutokset positiivisia", seed 004).
 */
public enum Improvement {
    IMPROVED,
    UNCHANGED,
    WORSE;

    public static Improvement of(double change, boolean higherIsBetter) {
        double better = higherIsBetter ? change : -change;
        return better > 0 ? IMPROVED : better == 0 ? UNCHANGED : WORSE;
    }
}
