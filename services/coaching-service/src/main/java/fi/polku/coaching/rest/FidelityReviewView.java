package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.FidelityReview;
import fi.polku.coaching.domain.FidelityScale;

public record FidelityReviewView(UUID id, UUID providerId, LocalDate reviewDate, List<String> reviewers,
        List<ItemView> items,
        @Schema(description = "Sum of the scored items") int total,
        @Schema(description = "EXEMPLARY 115–125, GOOD 100–114, FAIR 74–99, NOT_SUPPORTED_EMPLOYMENT 73 or less")
        FidelityScale.Band band,
        int scoredItems, List<Integer> notApplicableItems,
        @Schema(nullable = true, description = "The scored items scaled to 25 items, for comparison only; null when"
                + " no item is scored") Integer proratedTotal,
        @Schema(nullable = true) FidelityScale.Band proratedBand,
        @Schema(description = "How not-applicable items are treated in the total") String notApplicableTreatment) {

    @Schema(name = "FidelityReviewItem", description = "One of the 25 items as reviewed")
    public record ItemView(int item,
            @Schema(nullable = true, description = "1-5; null when not applicable") Integer score,
            boolean notApplicable,
            @Schema(nullable = true, description = "Why the item is not applicable") String reason,
            @Schema(nullable = true) String notes) {
    }

    public static FidelityReviewView of(FidelityReview review) {
        FidelityScale.Result result = FidelityScale.evaluate(review.items.stream()
                .map(i -> new FidelityScale.ItemScore(i.item(), i.notApplicable() ? null : i.score())).toList());
        return new FidelityReviewView(review.id, review.providerId, review.reviewDate, List.copyOf(review.reviewers),
                review.items.stream().map(i -> new ItemView(i.item(), i.score(), i.notApplicable(), i.reason(),
                        i.notes())).toList(), result.total(), result.band(), result.scoredItems(), result.notApplicableItems(),
                result.proratedTotal(), result.proratedBand(), FidelityScale.NOT_APPLICABLE_TREATMENT);
    }
}
