package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One outcome in the life of an episode (a work trial, then paid work, then studies…), with its date. */
@Entity
@Table(name = "episode_outcome")
public class EpisodeOutcome {

    @Id
    public UUID id;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "outcome_date", nullable = false)
    public LocalDate date;

    /** The job or work trial the outcome rests on, if any; required for paid work. */
    @Column(name = "job_id")
    public UUID jobId;

    public Integer satisfaction;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
