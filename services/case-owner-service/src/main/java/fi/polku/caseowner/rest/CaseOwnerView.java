package fi.polku.caseowner.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.ClientStage;
import fi.polku.caseowner.domain.Segment;

/** A client's case owner now; {@code status} UNASSIGNED means the client waits in the unassigned queue. */
public record CaseOwnerView(
        UUID clientId,
        Status status,
        @Schema(description = "False after the clientship closed; the owner shown is the one at closure") boolean clientshipOpen,
        @Schema(description = "When the clientship began: the registration, or its latest reopening") OffsetDateTime clientshipStartedAt,
        @Schema(nullable = true, description = "When the clientship closed; null while open") OffsetDateTime closedAt,
        @Schema(nullable = true, description = "Intake's screening segment; null until screened") Segment segment,
        ClientStage stage,
        @Schema(nullable = true, description = "Null while the client waits in the unassigned queue") ProfessionalView caseOwner,
        @Schema(nullable = true, description = "When the owner got the client; null while unassigned") OffsetDateTime assignedAt,
        @Schema(nullable = true, description = "Since when the client waits in the queue; null while assigned") OffsetDateTime unassignedSince,
        @Schema(description = "Send as If-Match (also the ETag) when reassigning") long version) {

    public enum Status {
        ASSIGNED,
        UNASSIGNED
    }
}
