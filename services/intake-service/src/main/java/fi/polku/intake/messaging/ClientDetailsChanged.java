package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Data of {@code ClientDetailsChanged}: what other services route by (municipality, language). Under a non-disclosure
 * order (turvakielto) no municipality, only the marker: a service that knew the municipality forgets it.
 */
public record ClientDetailsChanged(
        UUID clientId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String municipalityCode,
        boolean nonDisclosure,
        String preferredLanguage,
        OffsetDateTime changedAt) {
}
