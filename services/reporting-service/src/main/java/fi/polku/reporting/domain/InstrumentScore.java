package fi.polku.reporting.domain;

import java.time.OffsetDateTime;

/** One scale score of a client's instrument (e.g. Kykyviisari) at one time point. */
public record InstrumentScore(String clientKey, String instrument, String scale, String timePoint, double score,
        OffsetDateTime recordedAt) {
}
