package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What this service reads of assessment's {@code AssessmentScheduled} / {@code AssessmentConcluded} and coaching's
 * {@code CoachingStarted} / {@code CoachingEnded}: which client, which assessment or episode, and when.
 */
public record ServiceStarted(UUID clientId, String assessmentId, String episodeId, OffsetDateTime scheduledAt,
        OffsetDateTime startedAt) {

    public String referenceId() {
        return assessmentId != null ? assessmentId : episodeId;
    }

    public OffsetDateTime at(OffsetDateTime eventTime) {
        if (startedAt != null) {
            return startedAt;
        }
        return scheduledAt != null ? scheduledAt : eventTime;
    }
}
