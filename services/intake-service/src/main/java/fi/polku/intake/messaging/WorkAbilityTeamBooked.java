package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code WorkAbilityTeamBooked}: the assessment service starts from this. */
public record WorkAbilityTeamBooked(UUID clientId, UUID bookingId, UUID teamId, OffsetDateTime appointmentAt,
        String reason, OffsetDateTime bookedAt) {
}
