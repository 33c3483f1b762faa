package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Data of {@code ClientRegistered}: pseudonymous id, area and age band; nothing that identifies the person. Under a
 * non-disclosure order (turvakielto) no municipality, only the marker.
 */
public record ClientRegistered(
        UUID clientId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String municipalityCode,
        boolean nonDisclosure,
        String ageBand,
        String preferredLanguage,
        boolean temporaryIdentityCode,
        OffsetDateTime registeredAt) {
}
