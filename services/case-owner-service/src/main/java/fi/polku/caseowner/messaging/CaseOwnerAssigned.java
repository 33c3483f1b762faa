package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** @param professionalUserId the owner's login subject, so other services can tell who has a care relationship */
public record CaseOwnerAssigned(
        UUID clientId,
        UUID professionalId,
        String professionalUserId,
        String professionalRole,
        String organisation,
        String rule,
        OffsetDateTime assignedAt) {
}
