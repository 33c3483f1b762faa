package fi.polku.assessment.domain.instrument;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a client's scores on one instrument changed from their first time point to the latest. */
@Schema(requiredProperties = {"instrument", "name", "timePoints", "scales"})
public record InstrumentTrend(
        String instrument,
        String name,
        @Schema(description = "The time points answered, oldest first") List<LocalDate> timePoints,
        @Schema(description = "Per scale: first and latest score and the change (latest minus first)")
        List<ScaleTrend> scales) {
}
