package fi.polku.caseowner.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A client's coaching episode as coaching's {@code CoachingStarted} and {@code CoachingEnded} tell it: the basis on
 * which a coach of the episode's provider refers the client back to the case owner ({@link CaseOwnerReferralRules}).
 */
@Entity
@Table(name = "coaching_episode")
public class CoachingEpisode {

    @Id
    @Column(name = "episode_id")
    public UUID episodeId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** The provider's business ID: its coaches' tokens carry it as {@code org}. */
    @Column(name = "provider_organisation", nullable = false)
    public String providerOrganisation;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
}
