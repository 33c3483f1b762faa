package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.Investigation;
import fi.polku.assessment.domain.InvestigationKind;

@Schema(requiredProperties = {"id", "clientId", "bookingId", "kind", "investigation", "responsible", "reason",
    "requestedAt", "status", "summary", "completedOn", "version"})
public record InvestigationView(UUID id, UUID clientId, UUID bookingId,
        @Schema(nullable = true, description = "The kind of investigation; null for those requested before intake "
                + "named kinds") InvestigationKind kind,
        @Schema(nullable = true, description = "Which investigation, in words: intake keeps them in the team booking "
                + "(bookingId) since it names kinds; here only for investigations requested before")
        String investigation,
        @Schema(nullable = true, description = "By whom, in words; as for investigation") String responsible,
        @Schema(nullable = true, description = "Why intake requested it, when told") String reason,
        OffsetDateTime requestedAt, Investigation.Status status,
        @Schema(nullable = true, description = "A summary of the result; null while pending") String summary,
        @Schema(nullable = true, description = "Null while pending", implementation = String.class, format = "date") LocalDate completedOn,
        @Schema(description = "The version, as in the ETag") long version) {

    public static InvestigationView of(Investigation i) {
        return new InvestigationView(i.id, i.clientId, i.bookingId, i.kind, i.investigation, i.responsible, i.reason,
                i.requestedAt, i.status, i.summary, i.completedOn, i.version);
    }
}
