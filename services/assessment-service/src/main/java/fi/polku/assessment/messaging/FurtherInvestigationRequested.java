package fi.polku.assessment.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fi.polku.platform.events.MalformedEventException;

/** Intake booked further investigations (lisäselvitykset) for the client before or alongside the team. */
public record FurtherInvestigationRequested(UUID clientId, UUID bookingId, List<Requested> investigations,
        String reason, OffsetDateTime requestedAt) {

    public record Requested(String investigation, String responsible) {
    }

    public FurtherInvestigationRequested requireComplete() {
        if (clientId == null || bookingId == null || requestedAt == null || investigations == null
                || investigations.stream().anyMatch(i -> i.investigation() == null || i.responsible() == null)) {
            throw new MalformedEventException("FurtherInvestigationRequested lacks clientId, bookingId, requestedAt"
                    + " or an investigation and who is responsible for it");
        }
        return this;
    }
}
