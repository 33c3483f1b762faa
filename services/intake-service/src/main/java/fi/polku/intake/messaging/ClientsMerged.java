package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code ClientsMerged}: other services re-point the merged client's records to the kept client. */
public record ClientsMerged(UUID clientId, UUID mergedClientId, OffsetDateTime mergedAt) {
}
