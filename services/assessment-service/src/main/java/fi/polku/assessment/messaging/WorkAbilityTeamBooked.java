package fi.polku.assessment.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Intake booked the client an appointment with a work-ability team; {@code teamId} may be null. */
public record WorkAbilityTeamBooked(UUID clientId, UUID bookingId, UUID teamId, OffsetDateTime appointmentAt,
        OffsetDateTime bookedAt) {
}
