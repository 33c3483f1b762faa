package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A fidelity review of a provider by named reviewers, at a place, against the 25 criteria of LIITE 1. */
@Entity
@Table(name = "fidelity_review")
public class FidelityReview {

    /** A score the reviewers give as a range ("vaihtelee 3-5"). */
    public record ScoreRange(int lowest, int highest) {
    }

    /**
     * One criterion's result: a score 1–5 (a range's upper end when the reviewers gave a range), or not applicable
     * with the reason; for the items scored by counting, the sub-criteria found met (null when not given).
     */
    public record Item(int item, Integer score, boolean notApplicable, String reason, String notes,
            ScoreRange scoreRange, List<String> metSubCriteria) {

        FidelityScale.ItemScore forScale() {
            if (notApplicable) {
                return new FidelityScale.ItemScore(item, null, null);
            }
            return new FidelityScale.ItemScore(item, score, scoreRange == null ? score : scoreRange.lowest());
        }
    }

    @Id
    public UUID id;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "review_date", nullable = false)
    public LocalDate reviewDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> reviewers;

    /** Where the review was made (the form's "Paikka"); null for reviews recorded before it was asked. */
    public String place;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Item> items;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public String band;

    @Column(name = "next_review_due", nullable = false)
    public LocalDate nextReviewDue;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public FidelityScale.Result result() {
        return FidelityScale.evaluate(items.stream().map(Item::forScale).toList());
    }
}
