package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code WorkAbilityTeamBooked}: the assessment service starts from this. The booking's written reason stays
 * here (events carry no free text).
 */
public record WorkAbilityTeamBooked(UUID clientId, UUID bookingId, UUID teamId, OffsetDateTime appointmentAt,
        OffsetDateTime bookedAt) {
}
