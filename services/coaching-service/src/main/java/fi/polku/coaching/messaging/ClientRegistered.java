package fi.polku.coaching.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The part of intake's {@code ClientRegistered} this service uses. */
public record ClientRegistered(UUID clientId, String municipalityCode, String ageBand, OffsetDateTime registeredAt) {
}
