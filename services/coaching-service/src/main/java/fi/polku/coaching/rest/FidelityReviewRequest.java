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
        @Schema(description = "All 25 items, each with a score 1–5 or marked not applicable with a reason")
        @NotNull @Size(min = 25, max = 25) List<@Valid @NotNull ItemRequest> items) {

    public record ItemRequest(
            @NotNull @Min(1) @Max(25) Integer item,
            @Min(1) @Max(5) Integer score,
            @Schema(description = "True when the criterion does not apply to the provider's concept")
            Boolean notApplicable,
            @Schema(description = "Why the item is not applicable; required then") @Size(max = 1000) String reason,
            @Size(max = 2000) String notes) {
    }

    public FidelityReviewEntry entry() {
        return new FidelityReviewEntry(reviewDate, reviewers.stream().map(String::strip).toList(), items.stream()
                .map(i -> new FidelityReviewEntry.ItemEntry(i.item(), i.score(), Boolean.TRUE.equals(i.notApplicable()),
                        i.reason(), i.notes())).toList());
    }
}
