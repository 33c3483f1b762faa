package fi.polku.reporting.domain;

import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * One scale score of a client's instrument (e.g. Kykyviisari) at one time point.
 *
 * @param timePoint the day the answers describe (ISO date, as the event carries it)
 * @param higherIsBetter the scale's direction from the instrument's definition; null where it gives none or the
 *        event predates the field
 */
public record InstrumentScore(String clientKey, String instrument, String scale, String timePoint, double score,
        Boolean higherIsBetter, OffsetDateTime recordedAt) {

    /** Before / after by the day measured, not by when it was typed in; ISO dates sort as text in time order. */
    public static final Comparator<InstrumentScore> BY_TIME_POINT = Comparator.comparing(InstrumentScore::timePoint);
}
