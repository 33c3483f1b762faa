package fi.polku.coaching.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fee a provider earned, with its basis: the contract, and the outcome and job that earned it. */
@Entity
@Table(name = "fee")
public class Fee {

    @Id
    public UUID id;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_type", nullable = false)
    public FeeType type;

    @Column(nullable = false)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "earned_at", nullable = false)
    public OffsetDateTime earnedAt;

    /** The contract the fee is earned under, known by its start; each fee type once per client and contract. */
    @Column(name = "contract_from")
    public LocalDate contractFrom;

    @Column(name = "outcome_id")
    public UUID outcomeId;

    @Column(name = "outcome_date")
    public LocalDate outcomeDate;

    @Column(name = "job_id")
    public UUID jobId;
}
