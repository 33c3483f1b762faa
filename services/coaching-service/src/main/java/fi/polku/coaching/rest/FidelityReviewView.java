package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.FidelityReview;
import fi.polku.coaching.domain.FidelityScale;

public record FidelityReviewView(UUID id, UUID providerId, LocalDate reviewDate, List<String> reviewers,
        @Schema(nullable = true, description = "Where the review was made; null for reviews recorded before it was"
                + " asked") String place,
        List<ItemView> items,
        @Schema(description = "Sum of the scored items; a range counts its upper end, as the ELY audit of 2022 did")
        int total,
        @Schema(description = "EXEMPLARY 115–125, GOOD 100–114, FAIR 74–99, NOT_SUPPORTED_EMPLOYMENT 73 or less")
        FidelityScale.Band band,
        @Schema(description = "Sum of the scored items with every range at its lower end (equals total when no range"
                + " is given)") int lowestTotal,
        int scoredItems, List<Integer> notApplicableItems,
        @Schema(nullable = true, description = "The scored items scaled to 25 items, for comparison only; null when"
                + " no item is scored") Integer proratedTotal,
        @Schema(nullable = true) FidelityScale.Band proratedBand,
        @Schema(description = "How not-applicable items are treated in the total") String notApplicableTreatment,
        @Schema(description = "When the next review is due after this one (LIITE 1, 11.2): half a year later below"
                + " 100 points, a year later from 100 points") LocalDate nextReviewDue) {

    @Schema(name = "FidelityReviewItem", description = "One of the 25 items as reviewed")
    public record ItemView(int item,
            @Schema(nullable = true, description = "1-5 (a range's upper end); null when not applicable") Integer score,
            @Schema(nullable = true, description = "The range the reviewers gave, if they gave one") RangeView scoreRange,
            @Schema(nullable = true, description = "For the items scored by counting: the sub-criteria found met, when"
                    + " the reviewers named them") List<String> metSubCriteria,
            boolean notApplicable,
            @Schema(nullable = true, description = "Why the item is not applicable") String reason,
            @Schema(nullable = true) String notes) {
    }

    @Schema(name = "FidelityScoreRange", description = "A score given as a range, e.g. 3–5")
    public record RangeView(int lowest, int highest) {
    }

    public static FidelityReviewView of(FidelityReview review) {
        FidelityScale.Result result = review.result();
        return new FidelityReviewView(review.id, review.providerId, review.reviewDate, List.copyOf(review.reviewers),
                review.place, review.items.stream().map(FidelityReviewView::item).toList(), result.total(),
                result.band(), result.lowestTotal(), result.scoredItems(), result.notApplicableItems(),
                result.proratedTotal(), result.proratedBand(), FidelityScale.NOT_APPLICABLE_TREATMENT,
                review.nextReviewDue);
    }

    private static ItemView item(FidelityReview.Item i) {
        return new ItemView(i.item(), i.score(),
                i.scoreRange() == null ? null : new RangeView(i.scoreRange().lowest(), i.scoreRange().highest()),
                i.metSubCriteria(), i.notApplicable(), i.reason(), i.notes());
    }
}
