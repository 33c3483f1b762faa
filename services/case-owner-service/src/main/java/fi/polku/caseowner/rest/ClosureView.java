package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.caseowner.domain.ClosureReason;

/** @param followUpId null when no follow-up contact was scheduled */
public record ClosureView(UUID clientId, ClosureReason reason, OffsetDateTime closedAt, UUID caseOwnerProfessionalId,
        UUID followUpId, LocalDate followUpDue) {
}
