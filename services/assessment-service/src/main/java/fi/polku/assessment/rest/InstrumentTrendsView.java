package fi.polku.assessment.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.instrument.InstrumentTrend;

/** The change of each scale from the client's first time point to the latest, per instrument. */
@Schema(requiredProperties = {"clientId", "instruments"})
public record InstrumentTrendsView(UUID clientId,
        @Schema(description = "The instruments the client has answered, each once") List<InstrumentTrend> instruments) {
}
