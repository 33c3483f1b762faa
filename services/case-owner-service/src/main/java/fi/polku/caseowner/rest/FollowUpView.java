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
        @Schema(description = "Who makes the contact: the case owner when the clientship closed") UUID professionalId,
        LocalDate dueDate,
        boolean overdue,
        FollowUpOutcome outcome,
        Integer attempts,
        String note,
        OffsetDateTime completedAt,
        String completedBy) {

    public static FollowUpView of(FollowUp followUp, LocalDate today) {
        return new FollowUpView(followUp.id, followUp.clientId, followUp.professionalId, followUp.dueDate,
                !followUp.isCompleted() && followUp.dueDate.isBefore(today), followUp.outcome, followUp.attempts,
                followUp.note, followUp.completedAt, followUp.completedBy);
    }
}
