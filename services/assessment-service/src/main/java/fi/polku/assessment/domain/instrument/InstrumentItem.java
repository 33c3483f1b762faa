package fi.polku.assessment.domain.instrument;

import java.math.BigDecimal;

/** One answerable item: a number from {@code min} to {@code max}, whole unless {@code decimals} allows more. */
public record InstrumentItem(String id, String label, BigDecimal min, BigDecimal max, int decimals, boolean required) {

    public boolean accepts(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                && value.stripTrailingZeros().scale() <= decimals;
    }

    public String range() {
        return min.toPlainString() + "–" + max.toPlainString() + (decimals == 0 ? " (whole numbers)" : "");
    }
}
