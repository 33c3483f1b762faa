package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.FollowUp;
import fi.polku.caseowner.domain.FollowUpOutcome;

public record FollowUpView(
        UUID id,
        UUID clientId,
        @Schema(nullable = true, description = "Who makes the contact: the case owner when the clientship closed; null "
                + "when the client was unassigned then") UUID professionalId,
        LocalDate dueDate,
        boolean overdue,
        @Schema(nullable = true, description = "Null until completed") FollowUpOutcome outcome,
        @Schema(nullable = true) Integer attempts,
        @Schema(nullable = true) String note,
        @Schema(nullable = true) OffsetDateTime completedAt,
        @Schema(nullable = true) String completedBy,
        @Schema(nullable = true, description = "The client's satisfaction with the whole service package, 1-10, "
                + "asked at the contact") Integer satisfaction,
        @Schema(nullable = true, description = "The client's own feedback on the service package") String feedback) {

    public static FollowUpView of(FollowUp followUp, LocalDate today) {
        return new FollowUpView(followUp.id, followUp.clientId, followUp.professionalId, followUp.dueDate,
                !followUp.isCompleted() && followUp.dueDate.isBefore(today), followUp.outcome, followUp.attempts,
                followUp.note, followUp.completedAt, followUp.completedBy, followUp.satisfaction, followUp.feedback);
    }
}
