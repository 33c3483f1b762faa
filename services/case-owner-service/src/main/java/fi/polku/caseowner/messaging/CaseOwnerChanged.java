package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.caseowner.domain.CaseOwnerChangeReason;

/** The role and organisation are the new owner's; the reason is a code (its words stay in the history). */
public record CaseOwnerChanged(
        UUID clientId,
        UUID fromProfessionalId,
        String fromProfessionalUserId,
        UUID toProfessionalId,
        String toProfessionalUserId,
        String professionalRole,
        String organisation,
        CaseOwnerChangeReason reasonCode,
        String changedBy,
        OffsetDateTime changedAt) {

    /** Version 2 carries the reason's code instead of its words. */
    public static final int VERSION = 2;
}
