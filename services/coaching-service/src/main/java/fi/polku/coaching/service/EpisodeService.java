package fi.polku.coaching.service;

import java.time.LocalDate;
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
import fi.polku.coaching.domain.CoachChange;
import fi.polku.coaching.domain.Contract;
import fi.polku.coaching.domain.EndReason;
import fi.polku.coaching.domain.EngagementRules;
import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.EpisodeOutcome;
import fi.polku.coaching.domain.EpisodeStatus;
import fi.polku.coaching.domain.Fee;
import fi.polku.coaching.domain.Job;
import fi.polku.coaching.domain.Outcome;
import fi.polku.coaching.domain.Phase;
import fi.polku.coaching.domain.PhaseChange;
import fi.polku.coaching.domain.PhaseRules;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.domain.ReferrerType;
import fi.polku.coaching.messaging.CoachingEvents;
import fi.polku.coaching.repository.CoachChangeRepository;
import fi.polku.coaching.repository.CoachRepository;
import fi.polku.coaching.repository.EpisodeOutcomeRepository;
import fi.polku.coaching.repository.EpisodeRepository;
import fi.polku.coaching.repository.FeeRepository;
import fi.polku.coaching.repository.JobRepository;
import fi.polku.coaching.repository.MeetingRepository;
import fi.polku.coaching.repository.PhaseChangeRepository;
import fi.polku.coaching.repository.ProviderRepository;
import fi.polku.access.ClientAccessConfig;
import fi.polku.access.ConsentCoverage;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/**
 * The life of a coaching episode: referral, waiting for consent, a provider or a coach with room, the start with
 * its start fee, the phases, the outcomes with the fees they earn, and the end with its reason.
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
    private final EpisodeOutcomeRepository outcomes;
    private final CoachChangeRepository coachChanges;
    private final JobRepository jobs;
    private final MeetingRepository meetings;
    private final ConsentCoverage consents;
    private final List<String> consentPurposes;
    private final CoachingEvents events;
    private final ReferralLog referrals;
    private final ServiceTime time;
    private final FollowAlongReminders followAlongReminders;

    public EpisodeService(EpisodeRepository episodes, ProviderRepository providers, CoachRepository coaches,
            PhaseChangeRepository phaseChanges, FeeRepository fees, EpisodeOutcomeRepository outcomes,
            CoachChangeRepository coachChanges, JobRepository jobs, MeetingRepository meetings, ConsentCoverage consents,
            ClientAccessConfig accessConfig, CoachingEvents events, ReferralLog referrals, ServiceTime time,
            FollowAlongReminders followAlongReminders) {
        this.time = time;
        this.followAlongReminders = followAlongReminders;
        this.outcomes = outcomes;
        this.coachChanges = coachChanges;
        this.jobs = jobs;
        this.meetings = meetings;
        this.episodes = episodes;
        this.providers = providers;
        this.coaches = coaches;
        this.phaseChanges = phaseChanges;
        this.fees = fees;
        this.consents = consents;
        this.consentPurposes = accessConfig.consentPurposes();
        this.events = events;
        this.referrals = referrals;
    }

    public Episode refer(Referral referral) {
        Optional<Episode> earlier = earlier(referral);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Episode episode = open(referral, EpisodeStatus.WAITING_FOR_CONSENT);
        tryStart(episode);
        return episode;
    }

    /**
     * Opens the episode of a closed-loop referral: it waits for the provider to accept ({@link #accepted}), or for a
     * provider to be registered when the referral names none known yet.
     */
    public Episode referForAcceptance(Referral referral) {
        return earlier(referral).orElseGet(() -> open(referral, EpisodeStatus.WAITING_FOR_ACCEPTANCE));
    }

    private Optional<Episode> earlier(Referral referral) {
        return referral.referralId() == null ? Optional.empty() : episodes.byReferral(referral.referralId());
    }

    private Episode open(Referral referral, EpisodeStatus withProvider) {
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
        episode.createdAt = time.timestamp();
        episode.requestedProviderOrganisation = referral.providerOrganisation();
        Provider provider = chooseProvider(referral);
        episode.providerId = provider == null ? null : provider.id;
        episode.status = provider == null ? EpisodeStatus.WAITING_FOR_PROVIDER : withProvider;
        episodes.persist(episode);
        return episode;
    }

    /**
     * The provider accepted the referral naming the coach: the coach must be the provider's and under their caseload
     * limit; the episode then starts as any referral does, once the client's consent covers the provider.
     */
    public void accepted(Episode episode, UUID coachId) {
        providers.findById(episode.providerId, LockModeType.PESSIMISTIC_WRITE);
        Coach coach = coaches.findByIdOptional(coachId).filter(c -> c.providerId.equals(episode.providerId))
                .orElseThrow(() -> ProblemException.invalidField("coachId", "is not a coach of the referral's provider"));
        if (episodes.activeOfCoach(coach.id) >= coach.maxCaseload) {
            throw ProblemException.businessRule("coachId", "The coach is at their caseload limit of "
                    + coach.maxCaseload);
        }
        episode.coachId = coach.id;
        episode.status = EpisodeStatus.WAITING_FOR_CONSENT;
        tryStart(episode);
    }

    /** The referral was declined or cancelled before coaching started: the episode closes without having begun. */
    public void notAccepted(Episode episode) {
        episode.status = EpisodeStatus.NOT_ACCEPTED;
        episode.coachId = null;
        episode.endedAt = time.timestamp();
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
                .filter(p -> p.contract().covers(time.today()))
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
        Optional<Coach> coach = coachFor(episode, provider);
        if (coach.isEmpty()) {
            episode.status = EpisodeStatus.WAITING_FOR_COACH;
            return;
        }
        OffsetDateTime now = time.timestamp();
        episode.coachId = coach.get().id;
        episode.status = EpisodeStatus.ACTIVE;
        episode.startedAt = now;
        episode.phase = Phase.ENGAGEMENT;
        recordPhaseChange(episode, null, "coaching started", "system", now);
        episodes.flush();
        events.started(episode, provider);
        referrals.episodeStarted(episode);
        Contract contract = provider.contract();
        contract.startFee(time.today(), fees.earnedTypes(episode.clientId, provider.id, contract.from())).fee()
                .ifPresent(fee -> earn(episode, contract, fee, null, now));
    }

    /** The coach named when the referral was accepted while they have room, otherwise the least loaded one. */
    private Optional<Coach> coachFor(Episode episode, Provider provider) {
        List<Coach> withRoom = coaches.ofProvider(provider.id).stream()
                .filter(c -> episodes.activeOfCoach(c.id) < c.maxCaseload).toList();
        return withRoom.stream().filter(c -> c.id.equals(episode.coachId)).findFirst()
                .or(() -> withRoom.stream().min(Comparator.comparingDouble(
                        (Coach c) -> episodes.activeOfCoach(c.id) / (double) c.maxCaseload).thenComparing(c -> c.name)));
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
            if (requested == null ? provider.contract().covers(time.today())
                    : requested.equals(provider.organisationId)) {
                episode.providerId = provider.id;
                if (referrals.ofEpisode(episode.id).isPresent()) {
                    episode.status = EpisodeStatus.WAITING_FOR_ACCEPTANCE;
                    referrals.providerFound(episode);
                } else {
                    episode.status = EpisodeStatus.WAITING_FOR_CONSENT;
                    tryStart(episode);
                }
            }
        }
    }

    public void transition(Episode episode, Phase to, String reason, String changedBy) {
        requireActive(episode);
        if (!PhaseRules.allowed(episode.phase, to)) {
            throw ProblemException.businessRule("toPhase", "Coaching cannot move from " + episode.phase + " to " + to
                    + ": phases go in order, with the documented exceptions");
        }
        OffsetDateTime now = time.timestamp();
        Phase from = episode.phase;
        episode.phase = to;
        recordPhaseChange(episode, from, reason, changedBy, now);
        episodes.flush();
        events.phaseChanged(episode, from, now);
    }

    /**
     * Moves the episode to another coach of its provider with room in their caseload, keeping the history with the
     * reason (item 3 asks for the same coach through all phases: a change is then visible, not hidden).
     */
    public CoachChange changeCoach(Episode episode, UUID toCoachId, CoachChange.Reason reasonCode, String reason,
            String changedBy) {
        requireActive(episode);
        if (reasonCode == CoachChange.Reason.OTHER && reason == null) {
            throw ProblemException.invalidField("reason", "is required when reasonCode is OTHER (or left out)");
        }
        providers.findById(episode.providerId, LockModeType.PESSIMISTIC_WRITE);
        Coach to = coaches.findByIdOptional(toCoachId).filter(c -> c.providerId.equals(episode.providerId))
                .orElseThrow(() -> ProblemException.invalidField("coachId", "is not a coach of the episode's provider"));
        if (to.id.equals(episode.coachId)) {
            throw ProblemException.businessRule("coachId", "The episode is already with this coach");
        }
        if (episodes.activeOfCoach(to.id) >= to.maxCaseload) {
            throw ProblemException.businessRule("coachId", "The coach is at their caseload limit of " + to.maxCaseload);
        }
        CoachChange change = new CoachChange();
        change.id = UUID.randomUUID();
        change.episodeId = episode.id;
        change.fromCoachId = episode.coachId;
        change.toCoachId = to.id;
        change.reasonCode = reasonCode;
        change.reason = reason;
        change.changedBy = changedBy;
        change.changedAt = time.timestamp();
        coachChanges.persist(change);
        episode.coachId = to.id;
        episodes.flush();
        events.coachChanged(episode, change);
        followAlongReminders.scheduleChanged(episode);
        return change;
    }

    public Page<CoachChange> coachChanges(UUID episodeId, PageRequest page) {
        return coachChanges.pageOfEpisode(episodeId, page);
    }

    public Page<PhaseChange> phaseHistory(UUID episodeId, PageRequest page) {
        return phaseChanges.pageOfEpisode(episodeId, page);
    }

    /**
     * Records an outcome as an event in the episode's life; the episode stays active and the coach's support goes on
     * (LIITE 6: "Omatyöntekijän ja työhönvalmentajan tuki säilyy vielä tarvittaessa"). Paid work must name the
     * recorded job of kind paid work in the open labour market it rests on; the fee follows from the contract.
     */
    public RecordedOutcome recordOutcome(Episode episode, OutcomeEntry entry, String recordedBy) {
        requireActive(episode);
        Optional<Job> job = backingJob(episode, entry);
        EpisodeOutcome recorded = new EpisodeOutcome();
        recorded.id = UUID.randomUUID();
        recorded.episodeId = episode.id;
        recorded.outcome = entry.outcome();
        recorded.date = entry.date();
        recorded.jobId = job.map(j -> j.id).orElse(null);
        recorded.satisfaction = entry.satisfaction();
        recorded.recordedBy = recordedBy;
        recorded.createdAt = time.timestamp();
        outcomes.persist(recorded);
        episode.latestOutcome = entry.outcome();
        if (entry.satisfaction() != null) {
            episode.satisfaction = entry.satisfaction();
        }
        outcomes.flush();
        events.outcomeRecorded(episode, recorded);
        Provider provider = providers.findById(episode.providerId, LockModeType.PESSIMISTIC_WRITE);
        Contract contract = provider.contract();
        Contract.FeeOutcome decision = contract.outcomeFee(entry.outcome(), entry.date(),
                job.map(Job::openMarketEmployment).orElse(false),
                fees.earnedTypes(episode.clientId, episode.providerId, contract.from()));
        Optional<Fee> fee = decision.fee().map(earned -> earn(episode, contract, earned, recorded, recorded.createdAt));
        return new RecordedOutcome(recorded, decision.decision(), fee);
    }

    public record OutcomeEntry(Outcome outcome, LocalDate date, UUID jobId, Integer satisfaction) {
    }

    public record RecordedOutcome(EpisodeOutcome outcome, Contract.FeeDecision feeDecision, Optional<Fee> fee) {
    }

    private Optional<Job> backingJob(Episode episode, OutcomeEntry entry) {
        if (entry.date().isAfter(time.today())) {
            throw ProblemException.invalidField("date", "must not be in the future: record outcomes that happened");
        }
        if (episode.startedAt != null && entry.date().isBefore(episode.startedAt.atZoneSameInstant(ServiceTime.FINLAND)
                .toLocalDate())) {
            throw ProblemException.invalidField("date", "must not be before coaching started");
        }
        Optional<Job> job = Optional.ofNullable(entry.jobId()).map(id -> jobs.findByIdOptional(id)
                .filter(j -> j.episodeId.equals(episode.id))
                .orElseThrow(() -> ProblemException.invalidField("jobId", "is not a job of this episode")));
        if (entry.outcome() == Outcome.PAID_WORK && !job.map(Job::openMarketEmployment).orElse(false)) {
            throw ProblemException.businessRule("jobId", "Paid work must name the recorded job of kind EMPLOYMENT in"
                    + " the open labour market it rests on");
        }
        if (entry.outcome() == Outcome.WORK_TRIAL && job.isPresent() && job.get().kind != Job.Kind.WORK_TRIAL) {
            throw ProblemException.businessRule("jobId", "A work trial outcome names a job of kind WORK_TRIAL");
        }
        return job;
    }

    public Page<EpisodeOutcome> outcomes(UUID episodeId, PageRequest page) {
        return outcomes.pageOfEpisode(episodeId, page);
    }

    public EpisodeOutcome outcome(Episode episode, UUID outcomeId) {
        return outcomes.findByIdOptional(outcomeId).filter(o -> o.episodeId.equals(episode.id))
                .orElseThrow(() -> ProblemException.notFound("Outcome", outcomeId));
    }

    /**
     * Ends the episode on purpose, with its reason; never for a time limit or missed meetings alone (item 25.1).
     * The end for no contact needs the documented engagement attempts ({@link EngagementRules}).
     */
    public void end(Episode episode, EndReason reason, ReferralLog.Actor by) {
        if (!episode.isOpen()) {
            throw ProblemException.businessRule(null, "The episode has already ended");
        }
        if (reason == EndReason.NO_CONTACT_AFTER_ENGAGEMENT_ATTEMPTS
                && !EngagementRules.mayEndForNoContact(meetings.ofEpisode(episode.id))) {
            throw ProblemException.businessRule("reason", "Ending for no contact needs at least "
                    + EngagementRules.MIN_UNREACHED_ATTEMPTS + " recorded unsuccessful attempts to reach the client, by"
                    + " at least " + EngagementRules.MIN_METHODS + " methods, since the last held meeting (item 25.2)");
        }
        episode.status = EpisodeStatus.ENDED;
        episode.endReason = reason;
        episode.endedAt = time.timestamp();
        episodes.flush();
        events.ended(episode);
        followAlongReminders.scheduleChanged(episode);
        referrals.episodeEnded(episode, by);
        if (episode.providerId != null) {
            coachAdded(episode.providerId);
        }
    }

    public void requireActive(Episode episode) {
        if (episode.status != EpisodeStatus.ACTIVE) {
            throw ProblemException.businessRule(null, "The episode is " + episode.status + ", not active");
        }
    }

    private Fee earn(Episode episode, Contract contract, Contract.EarnedFee earned, EpisodeOutcome basis,
            OffsetDateTime at) {
        Fee fee = new Fee();
        fee.id = UUID.randomUUID();
        fee.episodeId = episode.id;
        fee.providerId = episode.providerId;
        fee.clientId = episode.clientId;
        fee.type = earned.type();
        fee.amount = earned.amount();
        fee.earnedAt = at;
        fee.contractFrom = contract.from();
        if (basis != null) {
            fee.outcome = basis.outcome;
            fee.outcomeId = basis.id;
            fee.outcomeDate = basis.date;
            fee.jobId = basis.jobId;
        }
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
