package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What this service reads of coaching's {@code CoachingStarted} and {@code CoachingEnded} to know the episodes. */
public record CoachingEpisodeChanged(UUID clientId, UUID episodeId, String providerOrganisation,
        OffsetDateTime startedAt, OffsetDateTime endedAt) {
}
