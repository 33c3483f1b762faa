package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.instrument.ScaleTrend;

/** The change of each scale from the client's first time point to the latest, per instrument. */
@Schema(requiredProperties = {"clientId", "instruments"})
public record InstrumentTrendsView(UUID clientId,
        @Schema(description = "The instruments the client has answered, each once") List<InstrumentTrend> instruments) {

    @Schema(requiredProperties = {"instrument", "name", "timePoints", "scales"})
    public record InstrumentTrend(
            String instrument,
            String name,
            @Schema(description = "The time points answered, oldest first") List<LocalDate> timePoints,
            @Schema(description = "Per scale: first and latest score and the change (latest minus first)")
            List<ScaleTrend> scales) {
    }
}
