package fi.polku.coaching.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The part of intake's {@code ConsentGranted} this service uses. */
public record ConsentGranted(UUID clientId, UUID consentId, List<Party> parties, String purpose, LocalDate validFrom,
        LocalDate validUntil) {

    public record Party(String organisation, String role) {
    }
}
