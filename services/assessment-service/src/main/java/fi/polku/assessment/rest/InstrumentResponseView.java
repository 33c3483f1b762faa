package fi.polku.assessment.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.InstrumentResponse;

@Schema(requiredProperties = {"id", "assessmentId", "instrument", "instrumentVersion", "timePoint", "answers",
    "scaleScores", "recordedAt"})
public record InstrumentResponseView(UUID id, UUID assessmentId, String instrument, int instrumentVersion,
        LocalDate timePoint,
        @Schema(description = "The answer per item id") Map<String, BigDecimal> answers,
        @Schema(description = "The score per scale id: the mean of its answered items (scales without answers are "
                + "left out)") Map<String, BigDecimal> scaleScores,
        OffsetDateTime recordedAt) {

    public static InstrumentResponseView of(InstrumentResponse r) {
        return new InstrumentResponseView(r.id, r.assessmentId, r.instrument, r.instrumentVersion, r.timePoint,
                r.answers, r.scaleScores, r.recordedAt);
    }
}
