package fi.polku.assessment.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fi.polku.assessment.domain.InvestigationKind;
import fi.polku.platform.events.MalformedEventException;

/**
 * Intake booked further investigations (lisäselvitykset) for the client before or alongside the team: in version 1
 * each in words with who does it and the booking's reason; in version 2 each by its kind only (the words stay in
 * intake's team booking).
 */
public record FurtherInvestigationRequested(UUID clientId, UUID bookingId, List<Requested> investigations,
        String reason, OffsetDateTime requestedAt) {

    public record Requested(InvestigationKind kind, String investigation, String responsible) {
    }

    /** Version 1: every investigation in words, with who is responsible. */
    public FurtherInvestigationRequested requireComplete() {
        if (clientId == null || bookingId == null || requestedAt == null || investigations == null
                || investigations.stream().anyMatch(i -> i.investigation() == null || i.responsible() == null)) {
            throw new MalformedEventException("FurtherInvestigationRequested lacks clientId, bookingId, requestedAt"
                    + " or an investigation and who is responsible for it");
        }
        return this;
    }

    /** Version 2: every investigation by its kind. */
    public FurtherInvestigationRequested requireKinds() {
        if (clientId == null || bookingId == null || requestedAt == null || investigations == null
                || investigations.isEmpty() || investigations.stream().anyMatch(i -> i.kind() == null)) {
            throw new MalformedEventException("FurtherInvestigationRequested lacks clientId, bookingId, requestedAt"
                    + " or an investigation's kind");
        }
        return this;
    }
}
