package fi.polku.caseowner.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.CaseOwnerChange;
import fi.polku.caseowner.domain.CaseOwnerChangeReason;

/** One change of a client's case owner: who made it and why. */
public record CaseOwnerChangeView(
        UUID id,
        @Schema(nullable = true, description = "The previous owner; null when the client came from the unassigned queue") UUID fromProfessionalId,
        @Schema(nullable = true, description = "The new owner; null when the client went to the unassigned queue") UUID toProfessionalId,
        OffsetDateTime changedAt,
        @Schema(description = "Login subject of who made the change, or 'system' for the assignment rules") String changedBy,
        @Schema(nullable = true, description = "Why, as a code (as in CaseOwnerChanged); null for changes recorded "
                + "before codes were") CaseOwnerChangeReason reasonCode,
        String reason,
        @Schema(nullable = true, description = "Null for changes the assignment rules made") String handoverNote) {

    public static CaseOwnerChangeView of(CaseOwnerChange change) {
        return new CaseOwnerChangeView(change.id, change.fromProfessionalId, change.toProfessionalId,
                change.changedAt, change.changedBy, change.reasonCode, change.reason, change.handoverNote);
    }
}
