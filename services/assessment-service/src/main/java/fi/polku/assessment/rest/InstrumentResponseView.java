package fi.polku.assessment.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import fi.polku.assessment.domain.InstrumentResponse;

public record InstrumentResponseView(UUID id, UUID assessmentId, String instrument, int instrumentVersion,
        LocalDate timePoint, Map<String, BigDecimal> answers, Map<String, BigDecimal> scaleScores,
        OffsetDateTime recordedAt) {

    public static InstrumentResponseView of(InstrumentResponse r) {
        return new InstrumentResponseView(r.id, r.assessmentId, r.instrument, r.instrumentVersion, r.timePoint,
                r.answers, r.scaleScores, r.recordedAt);
    }
}
