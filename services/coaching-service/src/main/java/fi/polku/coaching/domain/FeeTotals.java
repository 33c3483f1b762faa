package fi.polku.coaching.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The fees a provider earned in a period, in total and per type. */
public record FeeTotals(UUID providerId, LocalDate from, LocalDate to, long count, BigDecimal total,
        Map<FeeType, TypeTotal> byType) {

    public record TypeTotal(long count, BigDecimal amount) {
    }
}
