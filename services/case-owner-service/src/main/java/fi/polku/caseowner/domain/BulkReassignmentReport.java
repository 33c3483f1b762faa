package fi.polku.caseowner.domain;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk reassignment did: who moved where, and who could not be placed (they wait in the queue). */
public record BulkReassignmentReport(
        UUID professionalId,
        int caseload,
        List<Moved> moved,
        @Schema(description = "Clients nobody could take; they are in the unassigned queue") List<NotPlaced> notPlaced) {

    public record Moved(UUID clientId, UUID toProfessionalId, String rule) {
    }

    public record NotPlaced(UUID clientId, @Schema(nullable = true, description = "The client's municipality (Statistics Finland code); null under a non-disclosure order") String municipalityCode,
            String reason) {
    }
}
