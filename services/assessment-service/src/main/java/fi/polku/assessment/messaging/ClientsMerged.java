package fi.polku.assessment.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.platform.events.MalformedEventException;

/** Intake's {@code ClientsMerged}: two registrations were one person; {@code clientId} is the client kept. */
public record ClientsMerged(UUID clientId, UUID mergedClientId, OffsetDateTime mergedAt) {

    public ClientsMerged requireComplete() {
        if (clientId == null || mergedClientId == null) {
            throw new MalformedEventException("ClientsMerged lacks clientId or mergedClientId");
        }
        return this;
    }
}
