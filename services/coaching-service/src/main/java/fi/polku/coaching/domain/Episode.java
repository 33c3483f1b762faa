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
import jakarta.persistence.Version;

/**
 * One client's coaching with one provider, from the referral until it is ended on purpose: outcomes are events in its
 * life ({@link EpisodeOutcome}) and the coach's support goes on after them (item 23, time-unlimited support).
 */
@Entity
@Table(name = "episode")
public class Episode {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** Null while no provider is known: the referral named none with capacity, or one not registered yet. */
    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "requested_provider_org")
    public String requestedProviderOrganisation;

    @Column(name = "coach_id")
    public UUID coachId;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "referrer_type", nullable = false)
    public ReferrerType referrerType;

    @Column(name = "referred_by", nullable = false)
    public String referredBy;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EpisodeStatus status;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    /** The latest outcome recorded, if any (the outcomes themselves are {@link EpisodeOutcome}s). */
    @Enumerated(EnumType.STRING)
    @Column(name = "latest_outcome")
    public Outcome latestOutcome;

    /** Why the episode ended; null while open (and for episodes ended by an outcome before outcomes stayed open). */
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    public Integer satisfaction;

    @Column(name = "rehab_days_per_week")
    public Integer rehabDaysPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "rehab_status")
    public RehabilitationRules.ActivityStatus rehabStatus;

    @Column(name = "rehab_paused_from")
    public LocalDate rehabPausedFrom;

    @Column(name = "rehab_statement_from")
    public LocalDate rehabStatementFrom;

    @Column(name = "rehab_statement_until")
    public LocalDate rehabStatementUntil;

    @Column(name = "trial_statement_from")
    public LocalDate trialStatementFrom;

    @Column(name = "trial_statement_until")
    public LocalDate trialStatementUntil;

    @Version
    public long version;

    public boolean isOpen() {
        return status.isOpen();
    }
}
