package fi.polku.assessment.domain.instrument;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One answerable item: a number from {@code min} to {@code max}, whole unless {@code decimals} allows more. */
@Schema(requiredProperties = {"id", "label", "min", "max", "decimals", "required"})
public record InstrumentItem(String id,
        @Schema(nullable = true, description = "Null when the definition gives none") String label,
        BigDecimal min, BigDecimal max,
        @Schema(description = "Decimals an answer may have; 0 for whole numbers") int decimals,
        @Schema(description = "Whether the item must be answered") boolean required) {

    public boolean accepts(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                && value.stripTrailingZeros().scale() <= decimals;
    }

    public String range() {
        return min.toPlainString() + "–" + max.toPlainString() + (decimals == 0 ? " (whole numbers)" : "");
    }
}
