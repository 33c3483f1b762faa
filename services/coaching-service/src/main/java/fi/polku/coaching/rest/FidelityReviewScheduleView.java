package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.FidelityReview;
import fi.polku.coaching.domain.FidelityReviewSchedule;

@Schema(name = "FidelityReviewSchedule", description = "When the provider's next fidelity review is due")
public record FidelityReviewScheduleView(UUID providerId,
        @Schema(description = "CONTRACT_START when the provider has no review yet, else LATEST_REVIEW")
        FidelityReviewSchedule.Basis basis,
        @Schema(description = "HALF_YEARLY below 100 points (or before the first review), YEARLY from 100 points")
        FidelityReviewSchedule.Interval interval,
        LocalDate nextReviewDue,
        @Schema(description = "True when today (Finnish time) is past nextReviewDue") boolean overdue,
        @Schema(nullable = true) UUID latestReviewId,
        @Schema(nullable = true) LocalDate latestReviewDate,
        @Schema(nullable = true) Integer latestTotal,
        String rule) {

    public static FidelityReviewScheduleView of(UUID providerId, FidelityReviewSchedule.Due due,
            Optional<FidelityReview> latest, LocalDate today) {
        return new FidelityReviewScheduleView(providerId, due.basis(), due.interval(), due.nextReviewDue(),
                due.overdueOn(today), latest.map(r -> r.id).orElse(null), latest.map(r -> r.reviewDate).orElse(null),
                latest.map(r -> r.total).orElse(null), FidelityReviewSchedule.RULE);
    }
}
