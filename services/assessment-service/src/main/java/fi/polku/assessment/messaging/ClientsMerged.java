package fi.polku.assessment.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Intake's {@code ClientsMerged}: two registrations were one person; {@code clientId} is the client kept. */
public record ClientsMerged(UUID clientId, UUID mergedClientId, OffsetDateTime mergedAt) {
}
