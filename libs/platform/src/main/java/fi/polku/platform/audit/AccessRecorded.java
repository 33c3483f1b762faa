package fi.polku.platform.audit;

import java.time.OffsetDateTime;
import java.util.UUID;


/**
 * One access log entry as the {@code AccessRecorded} event (v2) carries it: the purpose as a code, its words only in
 * the access log of the service that wrote the entry.
 */
public record AccessRecorded(
        UUID id,
        OffsetDateTime occurredAt,
        String service,
        String actorSubject,
        String actorName,
        String actorRoles,
        String actorOrganisation,
        UUID clientId,
        String action,
        ProcessingPurpose purposeCode,
        AccessOutcome outcome,
        AccessBasis basis) {
}
