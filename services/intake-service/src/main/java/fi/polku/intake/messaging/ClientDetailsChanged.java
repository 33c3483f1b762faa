package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code ClientDetailsChanged}: what other services route by (municipality, language). */
public record ClientDetailsChanged(
        UUID clientId,
        String municipalityCode,
        String preferredLanguage,
        OffsetDateTime changedAt) {
}
