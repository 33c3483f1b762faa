package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.polku.platform.servicemap.ServicePlace;

/**
 * What this service reads of assessment's {@code AssessmentConcluded} / {@code AssessmentCancelled} and coaching's
 * {@code CoachingEnded}: which client, which assessment or episode, when, and for coaching where the client went.
 */
public record ServiceEnded(UUID clientId, String assessmentId, String episodeId, String outcome,
        OffsetDateTime concludedAt, OffsetDateTime cancelledAt, OffsetDateTime endedAt) {

    /** Coaching's outcomes that name a place on the service map; the others leave the client with the case owner. */
    private static final Map<String, ServicePlace> OUTCOME_PLACES = Map.of(
            "WORK_TRIAL", ServicePlace.WORK_TRIAL,
            "TE_SERVICES", ServicePlace.EMPLOYMENT_SERVICES,
            "PAID_WORK", ServicePlace.OPEN_LABOUR_MARKET,
            "PAY_SUBSIDISED_WORK", ServicePlace.PAY_SUBSIDISED_WORK,
            "STUDIES", ServicePlace.TRAINING,
            "REHABILITATION", ServicePlace.REHABILITATION,
            "SICK_LEAVE", ServicePlace.SICK_LEAVE,
            "PENSION", ServicePlace.PENSION);

    public String referenceId() {
        return assessmentId != null ? assessmentId : episodeId;
    }

    public OffsetDateTime at(OffsetDateTime eventTime) {
        for (OffsetDateTime candidate : new OffsetDateTime[] {concludedAt, cancelledAt, endedAt}) {
            if (candidate != null) {
                return candidate;
            }
        }
        return eventTime;
    }

    /** Where coaching's outcome says the client went, if it names a place. */
    public Optional<ServicePlace> destination() {
        return Optional.ofNullable(outcome).map(OUTCOME_PLACES::get);
    }
}
