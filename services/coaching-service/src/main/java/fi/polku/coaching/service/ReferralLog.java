package fi.polku.coaching.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.CoachingReferral;
import fi.polku.coaching.domain.DeclineReason;
import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.ReferralRules;
import fi.polku.coaching.domain.ReferralStatus;
import fi.polku.coaching.domain.ReferralStatusChange;
import fi.polku.coaching.messaging.CoachingEvents;
import fi.polku.coaching.repository.CoachingReferralRepository;
import fi.polku.coaching.repository.ProviderRepository;
import fi.polku.coaching.repository.ReferralStatusChangeRepository;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/**
 * Moves a referral to a new status the one way it may: appends the move to its history and emits
 * {@code CoachingReferralStatusChanged}, in the caller's transaction. Also follows the referral's episode: it is
 * IN_PROGRESS when coaching starts and COMPLETED when it ends.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferralLog {

    /** Who moved the referral: a user (the token's subject, or {@code system}) and their organisation. */
    public record Actor(String user, String organisation) {
        public static final Actor SYSTEM = new Actor("system", null);
    }

    private final CoachingReferralRepository referrals;
    private final ReferralStatusChangeRepository changes;
    private final ProviderRepository providers;
    private final CoachingEvents events;
    private final ServiceTime time;

    public ReferralLog(CoachingReferralRepository referrals, ReferralStatusChangeRepository changes,
            ProviderRepository providers, CoachingEvents events, ServiceTime time) {
        this.time = time;
        this.referrals = referrals;
        this.changes = changes;
        this.providers = providers;
        this.events = events;
    }

    /** Records a new referral in its first status, REQUESTED. */
    public void requested(CoachingReferral referral, Actor by) {
        referrals.persist(referral);
        append(referral, null, null, by);
    }

    public void move(CoachingReferral referral, ReferralStatus to, DeclineReason reason, String note, Actor by) {
        if (!ReferralRules.allowed(referral.status, to)) {
            throw ProblemException.businessRule("status", "The referral is " + referral.status + "; it cannot become "
                    + to);
        }
        referral.status = to;
        referral.reasonCode = reason;
        referral.statusChangedAt = time.timestamp();
        append(referral, reason, note, by);
    }

    public void episodeStarted(Episode episode) {
        ofEpisode(episode.id).filter(r -> r.status == ReferralStatus.ACCEPTED)
                .ifPresent(r -> move(r, ReferralStatus.IN_PROGRESS, null, null, Actor.SYSTEM));
    }

    /** Coaching ended: the referral is COMPLETED, or CANCELLED when the episode was ended before it started. */
    public void episodeEnded(Episode episode, Actor by) {
        ofEpisode(episode.id).filter(r -> !r.status.isFinal()).ifPresent(r -> move(r,
                r.status == ReferralStatus.IN_PROGRESS ? ReferralStatus.COMPLETED : ReferralStatus.CANCELLED, null,
                null, by));
    }

    /** The episode found its provider after the referral was sent: the referral is now that provider's to answer. */
    public void providerFound(Episode episode) {
        ofEpisode(episode.id).ifPresent(r -> r.providerId = episode.providerId);
    }

    public List<ReferralStatusChange> history(UUID referralId) {
        return changes.ofReferral(referralId);
    }

    public Optional<CoachingReferral> ofEpisode(UUID episodeId) {
        return referrals.ofEpisode(episodeId);
    }

    private void append(CoachingReferral referral, DeclineReason reason, String note, Actor by) {
        changes.persist(ReferralStatusChange.of(referral, reason, note, by.user(), by.organisation()));
        referrals.flush();
        events.referralStatusChanged(referral,
                referral.providerId == null ? null : providers.findById(referral.providerId));
    }
}
