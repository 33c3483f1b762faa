package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

public record CaseOwnerAssigned(
        UUID clientId,
        UUID professionalId,
        String professionalRole,
        String organisation,
        String rule,
        OffsetDateTime assignedAt) {
}
