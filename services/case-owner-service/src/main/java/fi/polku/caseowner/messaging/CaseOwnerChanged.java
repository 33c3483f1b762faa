package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The role and organisation are the new owner's. */
public record CaseOwnerChanged(
        UUID clientId,
        UUID fromProfessionalId,
        String fromProfessionalUserId,
        UUID toProfessionalId,
        String toProfessionalUserId,
        String professionalRole,
        String organisation,
        String reason,
        String changedBy,
        OffsetDateTime changedAt) {
}
