package fi.polku.assessment.domain.instrument;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How a scale score changed from the client's first time point to the latest. */
public record ScaleTrend(
        String scale,
        Boolean higherIsBetter,
        LocalDate firstTimePoint,
        BigDecimal first,
        LocalDate latestTimePoint,
        BigDecimal latest,
        BigDecimal change) {
}
