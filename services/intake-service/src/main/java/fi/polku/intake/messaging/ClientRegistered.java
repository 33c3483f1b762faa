package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code ClientRegistered}: pseudonymous id, area and age band; nothing that identifies the person. */
public record ClientRegistered(
        UUID clientId,
        String municipalityCode,
        String ageBand,
        String preferredLanguage,
        boolean temporaryIdentityCode,
        OffsetDateTime registeredAt) {
}
