package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.ClosureReason;
import fi.polku.caseowner.service.ClientshipService;

/** @param followUpId null when no follow-up contact was scheduled */
public record ClosureView(UUID clientId, ClosureReason reason, OffsetDateTime closedAt,
        @Schema(nullable = true, description = "The case owner at closure; null when the client was unassigned")
        UUID caseOwnerProfessionalId,
        @Schema(nullable = true, description = "Null when no follow-up contact was scheduled (DECEASED)") UUID followUpId,
        @Schema(nullable = true) LocalDate followUpDue,
        @Schema(nullable = true, description = "The client's satisfaction with the whole service package, 1-10")
        Integer satisfaction,
        @Schema(nullable = true, description = "The client's own feedback on the service package") String feedback) {

    static ClosureView of(ClientshipService.Closed closed) {
        return new ClosureView(closed.client().clientId, closed.client().closureReason, closed.client().closedAt,
                closed.caseOwnerProfessionalId(), closed.followUp() == null ? null : closed.followUp().id,
                closed.followUp() == null ? null : closed.followUp().dueDate,
                closed.feedback() == null ? null : closed.feedback().satisfaction,
                closed.feedback() == null ? null : closed.feedback().feedback);
    }
}
