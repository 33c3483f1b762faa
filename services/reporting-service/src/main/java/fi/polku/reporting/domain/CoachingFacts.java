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

    /** A job or work trial; what counts as employment is {@link Employment}'s to say. */
    public record Job(String clientKey, String providerId, String kind, boolean openLabourMarket,
            boolean wageAtLeastCollectiveAgreement, LocalDate startDate, LocalDate endDate) {
    }

    /** One outcome in the life of a coaching episode (an episode may have several). */
    public record Outcome(String clientKey, String providerId, String outcome, LocalDate date) {
    }

    public record Fee(String providerId, String feeType, BigDecimal amount, OffsetDateTime earnedAt) {
    }
}
