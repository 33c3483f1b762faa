package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What this service reads of coaching's {@code FidelityReviewScheduled}. */
public record FidelityReviewScheduled(UUID providerId, String providerOrganisation, String interval,
        LocalDate nextReviewDue, OffsetDateTime scheduledAt) {
}
