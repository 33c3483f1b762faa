package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** @param followUpDue null when no follow-up contact is scheduled (the client died) */
public record ClientshipClosed(UUID clientId, String reason, UUID caseOwnerProfessionalId, LocalDate followUpDue,
        OffsetDateTime closedAt) {
}
