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
 * A referral of a client to a coaching provider that the provider answers ({@link ReferralRules}); its episode waits
 * for the acceptance. Each move is a {@link ReferralStatusChange}.
 */
@Entity
@Table(name = "coaching_referral")
public class CoachingReferral {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    /** Null while the referral names no registered provider (its episode waits for one). */
    @Column(name = "provider_id")
    public UUID providerId;

    /** The declined (or cancelled) referral this one sends elsewhere, if any. */
    @Column(name = "previous_referral_id")
    public UUID previousReferralId;

    @Column(name = "sent_by", nullable = false)
    public String sentBy;

    @Column(name = "sender_organisation")
    public String senderOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public DeclineReason reasonCode;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "answer_due_by", nullable = false)
    public LocalDate answerDueBy;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Version
    public long version;
}
