package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.util.List;

/** A fidelity review as the reviewers give it, to be validated item by item. */
public record FidelityReviewEntry(LocalDate reviewDate, List<String> reviewers, List<ItemEntry> items) {

    public record ItemEntry(Integer item, Integer score, boolean notApplicable, String reason, String notes) {
    }
}
