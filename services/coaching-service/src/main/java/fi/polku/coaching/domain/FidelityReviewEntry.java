package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.util.List;

/** A fidelity review as the reviewers give it, to be validated item by item. */
public record FidelityReviewEntry(LocalDate reviewDate, List<String> reviewers, String place, List<ItemEntry> items) {

    /** A range as the reviewers give it: lowest and highest score. */
    public record RangeEntry(Integer lowest, Integer highest) {
    }

    public record ItemEntry(Integer item, Integer score, RangeEntry scoreRange, List<String> metSubCriteria,
            boolean notApplicable, String reason, String notes) {
    }
}
