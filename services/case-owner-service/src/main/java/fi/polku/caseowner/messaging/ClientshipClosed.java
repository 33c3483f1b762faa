package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * @param followUpDue null when no follow-up contact is scheduled (the client died)
 * @param satisfaction the client's score for the whole service package, 1-10; null when not asked or not given
 */
public record ClientshipClosed(UUID clientId, String reason, UUID caseOwnerProfessionalId, LocalDate followUpDue,
        Integer satisfaction, OffsetDateTime closedAt) {
}
