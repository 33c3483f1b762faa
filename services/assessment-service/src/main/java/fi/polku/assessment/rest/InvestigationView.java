package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.assessment.domain.Investigation;

public record InvestigationView(UUID id, UUID clientId, UUID bookingId, String investigation, String responsible,
        String reason, OffsetDateTime requestedAt, Investigation.Status status, String summary,
        LocalDate completedOn, long version) {

    public static InvestigationView of(Investigation i) {
        return new InvestigationView(i.id, i.clientId, i.bookingId, i.investigation, i.responsible, i.reason,
                i.requestedAt, i.status, i.summary, i.completedOn, i.version);
    }
}
