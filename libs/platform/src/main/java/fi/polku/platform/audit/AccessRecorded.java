package fi.polku.platform.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.platform.access.AccessBasis;

/** One access log entry; also the data of the {@code AccessRecorded} event. */
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
        String purpose,
        AccessOutcome outcome,
        AccessBasis basis) {
}
