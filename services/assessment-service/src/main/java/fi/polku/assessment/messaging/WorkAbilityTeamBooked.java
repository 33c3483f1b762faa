package fi.polku.assessment.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.platform.events.MalformedEventException;

/** Intake booked the client an appointment with a work-ability team; {@code teamId} may be null. */
public record WorkAbilityTeamBooked(UUID clientId, UUID bookingId, UUID teamId, OffsetDateTime appointmentAt,
        OffsetDateTime bookedAt) {

    public WorkAbilityTeamBooked requireComplete() {
        if (clientId == null || bookingId == null || appointmentAt == null) {
            throw new MalformedEventException("WorkAbilityTeamBooked lacks clientId, bookingId or appointmentAt");
        }
        return this;
    }
}
