package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fi.polku.platform.referrals.AnsweredReferral;

/**
 * A referral of a client to a coaching provider that the provider answers ({@link ReferralRules}); its episode waits
 * for the acceptance. Each move is a {@link ReferralStatusChange}.
 */
@Entity
@Table(name = "coaching_referral")
public class CoachingReferral extends AnsweredReferral {

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    /** Null while the referral names no registered provider (its episode waits for one). */
    @Column(name = "provider_id")
    public UUID providerId;

    /** The declined (or cancelled) referral this one sends elsewhere, if any. */
    @Column(name = "previous_referral_id")
    public UUID previousReferralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public DeclineReason reasonCode;

    /** A REQUESTED referral of the episode's client to its provider (if it has one yet), sent with the episode. */
    public static CoachingReferral request(UUID id, Episode episode, UUID previousReferralId, String sentBy,
            String senderOrganisation, LocalDate answerDueBy) {
        CoachingReferral referral = new CoachingReferral();
        referral.sent(id, episode.clientId, sentBy, senderOrganisation, episode.createdAt, answerDueBy);
        referral.episodeId = episode.id;
        referral.providerId = episode.providerId;
        referral.previousReferralId = previousReferralId;
        referral.status = ReferralStatus.REQUESTED;
        return referral;
    }
}
