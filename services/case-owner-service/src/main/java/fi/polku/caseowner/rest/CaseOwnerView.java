package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.domain.ClientStage;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Segment;
import fi.polku.caseowner.service.CaseOwnerQueries;
import fi.polku.platform.servicemap.ServicePlace;

/** A client's case owner now; {@code status} UNASSIGNED means the client waits in the unassigned queue. */
public record CaseOwnerView(
        UUID clientId,
        Status status,
        @Schema(description = "False after the clientship closed; the owner shown is the one at closure") boolean clientshipOpen,
        @Schema(description = "When the clientship began: the registration, or its latest reopening") OffsetDateTime clientshipStartedAt,
        @Schema(nullable = true, description = "When the clientship closed; null while open") OffsetDateTime closedAt,
        @Schema(nullable = true, description = "Intake's screening segment; null until screened") Segment segment,
        ClientStage stage,
        @Schema(description = "Where on the service map the client is now") ServicePlace place,
        @Schema(description = "The day the client came to the place") LocalDate placeSince,
        @Schema(nullable = true, description = "Null while the client waits in the unassigned queue") ProfessionalView caseOwner,
        @Schema(nullable = true, description = "When the owner got the client; null while unassigned") OffsetDateTime assignedAt,
        @Schema(nullable = true, description = "Since when the client waits in the queue; null while assigned") OffsetDateTime unassignedSince,
        @Schema(description = "Send as If-Match (also the ETag) when reassigning") long version) {

    public static CaseOwnerView of(CaseOwnerQueries.CurrentOwner current) {
        CaseOwnerAssignment assignment = current.assignment();
        KnownClient client = current.client();
        OffsetDateTime startedAt = client.reopenedAt != null ? client.reopenedAt : client.registeredAt;
        if (current.owner() == null) {
            return new CaseOwnerView(assignment.clientId, Status.UNASSIGNED, client.isOpen(), startedAt,
                    client.closedAt, client.segment, client.stage, client.place, client.placeSince, null, null, assignment.unassignedSince,
                    assignment.version);
        }
        return new CaseOwnerView(assignment.clientId, Status.ASSIGNED, client.isOpen(), startedAt, client.closedAt,
                client.segment, client.stage, client.place, client.placeSince, ProfessionalView.of(current.owner()), assignment.assignedAt, null,
                assignment.version);
    }

    public enum Status {
        ASSIGNED,
        UNASSIGNED
    }
}
