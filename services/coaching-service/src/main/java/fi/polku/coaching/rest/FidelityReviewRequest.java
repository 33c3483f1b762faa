package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.FidelityReviewEntry;

public record FidelityReviewRequest(
        @NotNull LocalDate reviewDate,
        @Schema(description = "The named reviewers") @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 200) String> reviewers,
        @Schema(nullable = true, description = "Where the review was made (the form's \"Paikka\"), e.g. the"
                + " provider's premises")
        @Size(max = 200) String place,
        @Schema(description = "All 25 items, each with a score 1–5, a score range, the met sub-criteria (items 5, 8,"
                + " 10, 11, 13, 25) or marked not applicable with a reason")
        @NotNull @Size(min = 25, max = 25) List<@Valid @NotNull ItemRequest> items) {

    @Schema(name = "FidelityScoreRangeRequest", description = "A score the reviewers give as a range, e.g. 3–5")
    public record ScoreRangeRequest(@NotNull @Min(1) @Max(5) Integer lowest, @NotNull @Min(1) @Max(5) Integer highest) {
    }

    public record ItemRequest(
            @NotNull @Min(1) @Max(25) Integer item,
            @Schema(description = "1–5; for an item scored by counting, may be left out when metSubCriteria is given"
                    + " (if given, it must be the score they give)")
            @Min(1) @Max(5) Integer score,
            @Schema(description = "Instead of a score: the range the reviewers give (\"vaihtelee 3-5\"); the upper"
                    + " end counts in the total")
            @Valid ScoreRangeRequest scoreRange,
            @Schema(description = "For the items scored by counting sub-criteria (5, 8, 10, 11, 13, 25): the codes"
                    + " of the sub-criteria found met, e.g. [\"5.1\", \"5.3\"]; their count gives the score by the"
                    + " criterion's table (`listFidelityCriteria`)")
            @Size(max = 6) List<@NotBlank @Size(max = 5) String> metSubCriteria,
            @Schema(description = "True when the criterion does not apply to the provider's concept")
            Boolean notApplicable,
            @Schema(description = "Why the item is not applicable; required then") @Size(max = 1000) String reason,
            @Size(max = 2000) String notes) {
    }

    public FidelityReviewEntry entry() {
        return new FidelityReviewEntry(reviewDate, reviewers.stream().map(String::strip).toList(),
                place == null || place.isBlank() ? null : place.strip(), items.stream()
                .map(i -> new FidelityReviewEntry.ItemEntry(i.item(), i.score(),
                        i.scoreRange() == null ? null
                                : new FidelityReviewEntry.RangeEntry(i.scoreRange().lowest(), i.scoreRange().highest()),
                        i.metSubCriteria() == null ? null : i.metSubCriteria().stream().map(String::strip).toList(),
                        Boolean.TRUE.equals(i.notApplicable()), i.reason(), i.notes())).toList());
    }
}
