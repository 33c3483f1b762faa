package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

public record ClientshipReopened(UUID clientId, UUID caseOwnerProfessionalId, OffsetDateTime reopenedAt) {
}
