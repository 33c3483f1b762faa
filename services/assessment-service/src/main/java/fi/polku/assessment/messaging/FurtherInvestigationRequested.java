package fi.polku.assessment.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Intake booked further investigations (lisäselvitykset) for the client before or alongside the team. */
public record FurtherInvestigationRequested(UUID clientId, UUID bookingId, List<Requested> investigations,
        String reason, OffsetDateTime requestedAt) {

    public record Requested(String investigation, String responsible) {
    }
}
