package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Nobody could be assigned; the client waits in the unassigned queue until someone is. */
public record CaseOwnerUnavailable(UUID clientId, String municipalityCode, String reason, OffsetDateTime since) {
}
