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

/** A fidelity review of a provider by named reviewers against the 25 criteria of LIITE 1. */
@Entity
@Table(name = "fidelity_review")
public class FidelityReview {

    /** One criterion's result: a score 1–5, or not applicable with the reason. */
    public record Item(int item, Integer score, boolean notApplicable, String reason, String notes) {
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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Item> items;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public String band;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
