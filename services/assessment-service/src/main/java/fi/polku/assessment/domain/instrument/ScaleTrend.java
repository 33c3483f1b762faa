package fi.polku.assessment.domain.instrument;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How a scale score changed from the client's first time point to the latest, and whether that is better. */
@Schema(requiredProperties = {"scale", "higherIsBetter", "firstTimePoint", "first", "latestTimePoint", "latest",
    "change", "improvement"})
public record ScaleTrend(
        String scale,
        @Schema(nullable = true, description = "Whether a higher score means better functioning; null where the "
                + "definition does not say") Boolean higherIsBetter,
        LocalDate firstTimePoint,
        BigDecimal first,
        LocalDate latestTimePoint,
        BigDecimal latest,
        @Schema(description = "Latest minus first") BigDecimal change,
        @Schema(nullable = true, description = "The change read with the scale's direction; null where the "
                + "definition does not say which direction is better") Improvement improvement) {
}
