package fi.polku.caseowner.rest;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.service.ReassignmentService;

/** Moving a professional's whole caseload, e.g. when they leave. */
public record BulkReassignmentRequest(
        @Schema(description = "A named successor who takes the clients up to their maximum caseload; without one, "
                + "or for the clients the successor cannot take, the assignment rules decide")
        UUID successorId,
        @Schema(description = "Why the caseload moves, as a code; goes to the history and each CaseOwnerChanged "
                + "event. Defaults to OTHER", defaultValue = "OTHER", nullable = true)
        ReassignmentReason reasonCode,
        @Schema(description = "Why the caseload moves, in words; kept in the history, never in events")
        @NotBlank @Size(max = 500) String reason,
        @Schema(description = "The handover note every client gets unless handoverNotes names one for them")
        @NotBlank @Size(max = 4000) String handoverNote,
        @Schema(description = "Client-specific handover notes by client id")
        Map<UUID, @NotBlank @Size(max = 4000) String> handoverNotes) {

    ReassignmentService.CaseloadHandover handover() {
        return new ReassignmentService.CaseloadHandover(successorId, ReassignmentReason.orOther(reasonCode), reason,
                handoverNote, handoverNotes);
    }
}
