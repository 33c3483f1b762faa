package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** @param satisfaction the client's score for the whole service package, 1-10; null when not asked or not given */
public record FollowUpCompleted(UUID clientId, UUID followUpId, String outcome, Integer satisfaction,
        OffsetDateTime completedAt) {
}
