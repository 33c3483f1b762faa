package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fi.polku.intake.domain.Motivation;
import fi.polku.intake.domain.Segment;
import fi.polku.intake.domain.Signal;

/**
 * Data of {@code ScreeningCompleted}: the segment in effect (the professional's override, if any), the derived one,
 * and the signals. The free-text override reason stays in the intake service: it may describe the person.
 */
public record ScreeningCompleted(UUID clientId, UUID screeningId, Segment segment, Segment derivedSegment,
        boolean overridden, List<Signal> signals, int monthsUnemployed, OffsetDateTime completedAt,
        Motivation motivation, String rule, List<Signal> decisiveSignals) {
}
