package fi.polku.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The coaching facts the reports aggregate; the client key is only used to count distinct clients. */
public final class CoachingFacts {

    private CoachingFacts() {
    }

    public record Episode(String clientKey, String providerId, OffsetDateTime startedAt, OffsetDateTime endedAt,
            String outcome, Integer satisfaction) {
    }

    public record Job(String clientKey, String providerId, boolean openLabourMarket, LocalDate startDate,
            LocalDate endDate) {
    }

    public record Fee(String providerId, String feeType, BigDecimal amount, OffsetDateTime earnedAt) {
    }
}
