package fi.polku.coaching.service;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.Coach;
import fi.polku.coaching.domain.Contract;
import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.EpisodeStatus;
import fi.polku.coaching.domain.Fee;
import fi.polku.coaching.domain.Outcome;
import fi.polku.coaching.domain.Phase;
import fi.polku.coaching.domain.PhaseChange;
import fi.polku.coaching.domain.PhaseRules;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.domain.ReferrerType;
import fi.polku.coaching.messaging.CoachingEvents;
import fi.polku.coaching.repository.CoachRepository;
import fi.polku.coaching.repository.EpisodeRepository;
import fi.polku.coaching.repository.FeeRepository;
import fi.polku.coaching.repository.PhaseChangeRepository;
import fi.polku.coaching.repository.ProviderRepository;
import fi.polku.platform.access.ClientAccessConfig;
import fi.polku.platform.access.ConsentCoverage;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;

/**
 * The life of a coaching episode: referral, waiting for consent, a provider or a coach with room, the start with
 * its start fee, the phases, and the outcome with the fee it earns and the end.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EpisodeService {

    public record Referral(UUID clientId, UUID referralId, UUID assessmentId, UUID providerId,
            String providerOrganisation, ReferrerType referrerType, String referredBy, String reason) {
    }

    private final EpisodeRepository episodes;
    private final ProviderRepository providers;
    private final CoachRepository coaches;
    private final PhaseChangeRepository phaseChanges;
    private final FeeRepository fees;
    private final ConsentCoverage consents;
    private final List<String> consentPurposes;
    private final CoachingEvents events;

    public EpisodeService(EpisodeRepository episodes, ProviderRepository providers, CoachRepository coaches,
            PhaseChangeRepository phaseChanges, FeeRepository fees, ConsentCoverage consents,
            ClientAccessConfig accessConfig, CoachingEvents events) {
        this.episodes = episodes;
        this.providers = providers;
        this.coaches = coaches;
        this.phaseChanges = phaseChanges;
        this.fees = fees;
        this.consents = consents;
        this.consentPurposes = accessConfig.consentPurposes();
        this.events = events;
    }

    public Episode refer(Referral referral) {
        if (referral.referralId() != null) {
            Optional<Episode> earlier = episodes.byReferral(referral.referralId());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Optional<Episode> open = episodes.openOfClient(referral.clientId()).stream().findFirst();
        if (open.isPresent()) {
            throw ProblemException.conflict("The client already has an open coaching episode " + open.get().id,
                    Map.of("episodeId", open.get().id.toString()));
        }
        Episode episode = new Episode();
        episode.id = UUID.randomUUID();
        episode.clientId = referral.clientId();
        episode.referralId = referral.referralId();
        episode.assessmentId = referral.assessmentId();
        episode.referrerType = referral.referrerType();
        episode.referredBy = referral.referredBy();
        episode.reason = referral.reason();
        episode.createdAt = Today.now();
        episode.requestedProviderOrganisation = referral.providerOrganisation();
        Provider provider = chooseProvider(referral);
        episode.providerId = provider == null ? null : provider.id;
        episode.status = provider == null ? EpisodeStatus.WAITING_FOR_PROVIDER : EpisodeStatus.WAITING_FOR_CONSENT;
        episodes.persist(episode);
        tryStart(episode);
        return episode;
    }

    public boolean hasOpenEpisode(UUID clientId) {
        return !episodes.openOfClient(clientId).isEmpty();
    }

    private Provider chooseProvider(Referral referral) {
        if (referral.providerId() != null) {
            return providers.findByIdOptional(referral.providerId())
                    .orElseThrow(() -> ProblemException.invalidField("providerId", "is not a known provider"));
        }
        if (referral.providerOrganisation() != null) {
            return providers.findByOrganisation(referral.providerOrganisation()).orElse(null);
        }
        return providers.listByName().stream()
                .filter(p -> p.contract().covers(Today.date()))
                .max(Comparator.comparingLong(this::freePlaces))
                .filter(p -> freePlaces(p) > 0)
                .orElse(null);
    }

    private long freePlaces(Provider provider) {
        return coaches.ofProvider(provider.id).stream()
                .mapToLong(c -> Math.max(0, c.maxCaseload - episodes.activeOfCoach(c.id))).sum();
    }

    /**
     * Starts a waiting episode when the client's consent covers the provider and a coach is under their caseload
     * limit (the least loaded one). The provider row is locked so that concurrent starts cannot overfill a coach.
     */
    public void tryStart(Episode episode) {
        if (episode.providerId == null || (episode.status != EpisodeStatus.WAITING_FOR_CONSENT
                && episode.status != EpisodeStatus.WAITING_FOR_COACH)) {
            return;
        }
        Provider provider = providers.findById(episode.providerId, LockModeType.PESSIMISTIC_WRITE);
        if (!consents.covers(episode.clientId, provider.organisationId, consentPurposes)) {
            episode.status = EpisodeStatus.WAITING_FOR_CONSENT;
            return;
        }
        Optional<Coach> coach = coaches.ofProvider(provider.id).stream()
                .filter(c -> episodes.activeOfCoach(c.id) < c.maxCaseload)
                .min(Comparator.comparingDouble((Coach c) -> episodes.activeOfCoach(c.id) / (double) c.maxCaseload)
                        .thenComparing(c -> c.name));
        if (coach.isEmpty()) {
            episode.status = EpisodeStatus.WAITING_FOR_COACH;
            return;
        }
        OffsetDateTime now = Today.now();
        episode.coachId = coach.get().id;
        episode.status = EpisodeStatus.ACTIVE;
        episode.startedAt = now;
        episode.phase = Phase.ENGAGEMENT;
        recordPhaseChange(episode, null, "coaching started", "system", now);
        episodes.flush();
        events.started(episode, provider);
        provider.contract().startFee(Today.date()).ifPresent(fee -> earn(episode, fee, null, now));
    }

    public void consentChanged(UUID clientId) {
        episodes.openOfClient(clientId).forEach(this::tryStart);
    }

    public void coachAdded(UUID providerId) {
        episodes.waiting(providerId, EpisodeStatus.WAITING_FOR_COACH).forEach(this::tryStart);
    }

    public void providerAdded(Provider provider) {
        for (Episode episode : episodes.list("status", EpisodeStatus.WAITING_FOR_PROVIDER)) {
            String requested = episode.requestedProviderOrganisation;
            if (requested == null ? provider.contract().covers(Today.date())
                    : requested.equals(provider.organisationId)) {
                episode.providerId = provider.id;
                episode.status = EpisodeStatus.WAITING_FOR_CONSENT;
                tryStart(episode);
            }
        }
    }

    public void transition(Episode episode, Phase to, String reason, String changedBy) {
        requireActive(episode);
        if (!PhaseRules.allowed(episode.phase, to)) {
            throw ProblemException.businessRule("toPhase", "Coaching cannot move from " + episode.phase + " to " + to
                    + ": phases go in order, with the documented exceptions");
        }
        OffsetDateTime now = Today.now();
        Phase from = episode.phase;
        episode.phase = to;
        recordPhaseChange(episode, from, reason, changedBy, now);
        episodes.flush();
        events.phaseChanged(episode, from, reason, now);
    }

    public Page<PhaseChange> phaseHistory(UUID episodeId, PageRequest page) {
        return phaseChanges.pageOfEpisode(episodeId, page);
    }

    public Optional<Fee> recordOutcome(Episode episode, Outcome outcome, Integer satisfaction) {
        requireActive(episode);
        OffsetDateTime now = Today.now();
        Provider provider = providers.findById(episode.providerId);
        episode.outcome = outcome;
        episode.satisfaction = satisfaction;
        episode.status = EpisodeStatus.ENDED;
        episode.endedAt = now;
        episodes.flush();
        events.outcomeRecorded(episode, now);
        Optional<Fee> fee = provider.contract().outcomeFee(outcome, Today.date())
                .map(earned -> earn(episode, earned, outcome, now));
        events.ended(episode);
        coachAdded(episode.providerId);
        return fee;
    }

    public void requireActive(Episode episode) {
        if (episode.status != EpisodeStatus.ACTIVE) {
            throw ProblemException.businessRule(null, "The episode is " + episode.status + ", not active");
        }
    }

    private Fee earn(Episode episode, Contract.EarnedFee earned, Outcome outcome,
            OffsetDateTime at) {
        Fee fee = new Fee();
        fee.id = UUID.randomUUID();
        fee.episodeId = episode.id;
        fee.providerId = episode.providerId;
        fee.clientId = episode.clientId;
        fee.type = earned.type();
        fee.amount = earned.amount();
        fee.outcome = outcome;
        fee.earnedAt = at;
        fees.persist(fee);
        events.feeEarned(fee);
        return fee;
    }

    private void recordPhaseChange(Episode episode, Phase from, String reason, String by, OffsetDateTime at) {
        PhaseChange change = new PhaseChange();
        change.id = UUID.randomUUID();
        change.episodeId = episode.id;
        change.fromPhase = from;
        change.toPhase = episode.phase;
        change.reason = reason;
        change.changedBy = by;
        change.changedAt = at;
        phaseChanges.persist(change);
    }
}
