package fi.polku.caseowner.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.service.ReassignmentService;

/** A manual change of a client's case owner. */
public record ReassignmentRequest(
        @Schema(description = "The new case owner") @NotNull UUID professionalId,
        @Schema(description = "Why the owner changes, as a code; goes to the history and the CaseOwnerChanged "
                + "event. Defaults to OTHER", defaultValue = "OTHER", nullable = true)
        ReassignmentReason reasonCode,
        @Schema(description = "Why the owner changes, in words; kept in the history, never in events")
        @NotBlank @Size(max = 500) String reason,
        @Schema(description = "What the new owner needs to know to carry on; kept in the history, never in events")
        @NotBlank @Size(max = 4000) String handoverNote) {

    ReassignmentService.Reassignment reassignment() {
        return new ReassignmentService.Reassignment(professionalId, ReassignmentReason.orOther(reasonCode), reason,
                handoverNote);
    }
}
