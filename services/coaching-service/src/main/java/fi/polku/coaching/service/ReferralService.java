package fi.polku.coaching.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import fi.polku.coaching.domain.CoachingReferral;
import fi.polku.coaching.domain.DeclineReason;
import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.domain.ReferralRules;
import fi.polku.coaching.domain.ReferralStatus;
import fi.polku.coaching.domain.ReferralStatusChange;
import fi.polku.coaching.domain.ReferrerType;
import fi.polku.coaching.repository.CoachingReferralRepository;
import fi.polku.coaching.repository.EpisodeRepository;
import fi.polku.coaching.repository.ProviderRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.referrals.AnswerDeadline;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;
import fi.polku.platform.time.ServiceTime;

/**
 * Closed-loop referrals to coaching providers: the team's referral (from assessment's {@code CoachingReferralIssued})
 * and the case owner's referral to another provider after a decline are answered by the provider. The provider's
 * coordinator or coach ({@code org} = the provider's business ID) accepts, naming a coach with room in their caseload,
 * or declines with a reason code; the sender's side (a professional with a care relationship, or a coordinator) may
 * cancel while coaching has not started. Every use case obtains the referral through the access check first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferralService {

    /** A referral to send: to a provider, optionally in place of an earlier declined or cancelled one. */
    public record Request(UUID clientId, UUID providerId, UUID previousReferralId, ReferrerType referrerType,
            String reason) {
    }

    public record Query(UUID providerId, UUID clientId, ReferralStatus status, boolean unansweredOnly) {
    }

    private final CoachingReferralRepository referrals;
    private final EpisodeRepository episodes;
    private final ProviderRepository providers;
    private final EpisodeService episodeService;
    private final ReferralLog log;
    private final ClientAccess access;
    private final EpisodeAccess episodeAccess;
    private final AccessLog accessLog;
    private final Caller caller;
    private final AnswerDeadline deadline;
    private final ServiceTime time;

    public ReferralService(CoachingReferralRepository referrals, EpisodeRepository episodes,
            ProviderRepository providers, EpisodeService episodeService, ReferralLog log, ClientAccess access,
            EpisodeAccess episodeAccess, AccessLog accessLog, Caller caller,
            ServiceTime time, AnswerDeadline deadline) {
        this.time = time;
        this.referrals = referrals;
        this.episodes = episodes;
        this.providers = providers;
        this.episodeService = episodeService;
        this.log = log;
        this.access = access;
        this.episodeAccess = episodeAccess;
        this.accessLog = accessLog;
        this.caller = caller;
        this.deadline = deadline;
    }

    /** A work-ability team's coaching referral, as assessment issued it; applying it again changes nothing. */
    public void fromTeam(UUID referralId, UUID clientId, UUID assessmentId, String providerOrganisation,
            String reason) {
        if (referrals.findByIdOptional(referralId).isPresent()) {
            return;
        }
        Episode episode = episodeService.referForAcceptance(new EpisodeService.Referral(clientId, referralId,
                assessmentId, null, providerOrganisation, ReferrerType.WORK_ABILITY_TEAM,
                "work-ability team assessment " + assessmentId, reason));
        log.requested(CoachingReferral.request(referralId, episode, null, "work-ability team assessment " + assessmentId,
                null, answerDueBy()), ReferralLog.Actor.SYSTEM);
    }

    /** A professional with a care relationship refers the client to a provider, e.g. a second one after a decline. */
    public CoachingReferral refer(Request request) {
        access.require(request.clientId(), "refer to coaching");
        providers.findByIdOptional(request.providerId())
                .orElseThrow(() -> ProblemException.invalidField("providerId", "is not a known provider"));
        if (request.previousReferralId() != null) {
            CoachingReferral previous = referrals.findByIdOptional(request.previousReferralId())
                    .filter(r -> r.clientId.equals(request.clientId()))
                    .orElseThrow(() -> ProblemException.invalidField("previousReferralId",
                            "is not a referral of this client"));
            if (previous.status != ReferralStatus.DECLINED && previous.status != ReferralStatus.CANCELLED) {
                throw ProblemException.businessRule("previousReferralId", "The earlier referral is "
                        + previous.status + "; only a declined or cancelled referral is sent elsewhere");
            }
        }
        UUID id = UUID.randomUUID();
        Episode episode = episodeService.referForAcceptance(new EpisodeService.Referral(request.clientId(), id, null,
                request.providerId(), null, request.referrerType(), caller.subject(), request.reason()));
        CoachingReferral referral = CoachingReferral.request(id, episode, request.previousReferralId(),
                caller.subject(), caller.organisation(), answerDueBy());
        log.requested(referral, actor());
        return referral;
    }

    public CoachingReferral get(UUID id) {
        return readable(id, "read coaching referral");
    }

    public CoachingReferral accept(UUID id, UUID coachId, String ifMatch) {
        CoachingReferral referral = answerable(id, "accept coaching referral");
        Versions.requireCurrent(referral.version, ifMatch);
        Episode episode = episodes.findById(referral.episodeId);
        log.move(referral, ReferralStatus.ACCEPTED, null, null, actor());
        episodeService.accepted(episode, coachId);
        return referral;
    }

    public CoachingReferral decline(UUID id, DeclineReason reason, String note, String ifMatch) {
        CoachingReferral referral = answerable(id, "decline coaching referral");
        Versions.requireCurrent(referral.version, ifMatch);
        if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
            throw ProblemException.invalidField("note", "must say why when the reason is OTHER");
        }
        log.move(referral, ReferralStatus.DECLINED, reason, note, actor());
        episodeService.notAccepted(episodes.findById(referral.episodeId));
        return referral;
    }

    public CoachingReferral cancel(UUID id, String note, String ifMatch) {
        CoachingReferral referral = find(id);
        access.requireOrSupervise(referral.clientId, "cancel coaching referral");
        Versions.requireCurrent(referral.version, ifMatch);
        log.move(referral, ReferralStatus.CANCELLED, null, note, actor());
        episodeService.notAccepted(episodes.findById(referral.episodeId));
        return referral;
    }

    /**
     * A provider's inbox (its coordinator sees every referral to it, its coaches those whose client's consent covers
     * the provider) or the sender's view (the clients the caller has a care relationship with); the oldest first.
     */
    public Page<CoachingReferral> list(Query query, PageRequest page) {
        boolean supervisor = caller.hasRole(Roles.COORDINATOR);
        UUID providerId = query.providerId();
        if (caller.hasRole(Roles.JOB_COACH) && !supervisor) {
            Provider own = ownProvider();
            if (providerId != null && !providerId.equals(own.id)) {
                throw ProblemException.forbidden("A coach lists only their own provider's referrals");
            }
            providerId = own.id;
        }
        if (query.clientId() != null && !supervisor) {
            access.require(query.clientId(), "list coaching referrals of client");
        }
        CoachingReferralRepository.Filter filter = new CoachingReferralRepository.Filter(providerId,
                query.clientId(), query.status(), query.unansweredOnly() ? time.today() : null);
        Page<CoachingReferral> found = referrals.page(filter, page,
                supervisor ? Map.of() : access.visibilityParameters());
        found.items().forEach(r -> access.listedOrSupervised(r.clientId, "list coaching referrals"));
        return found;
    }

    public List<ReferralStatusChange> history(CoachingReferral referral) {
        return log.history(referral.id);
    }

    public boolean unanswered(CoachingReferral referral) {
        return ReferralRules.unanswered(referral.status, referral.answerDueBy, time.today());
    }

    /** The referral's provider answers it: its coordinator, or its coach while the client's consent covers it. */
    private CoachingReferral answerable(UUID id, String action) {
        CoachingReferral referral = find(id);
        Provider provider = referral.providerId == null ? null : providers.findById(referral.providerId);
        if (provider == null || !provider.organisationId.equals(caller.organisation())) {
            accessLog.recordDenied(referral.clientId, action);
            throw ProblemException.forbidden("Only the referral's provider answers it (the token's org must be the"
                    + " provider's business ID)");
        }
        access.requireOrSupervise(referral.clientId, action);
        return referral;
    }

    /** A provider's coach reads their own provider's referrals only; everyone needs a basis for the client. */
    private CoachingReferral readable(UUID id, String action) {
        CoachingReferral referral = find(id);
        if (caller.hasRole(Roles.COORDINATOR)) {
            access.requireOrSupervise(referral.clientId, action);
        } else {
            episodeAccess.requireProviderCoach(referral.clientId, referral.providerId, action);
        }
        return referral;
    }

    private CoachingReferral find(UUID id) {
        return referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Coaching referral", id));
    }

    private Provider ownProvider() {
        return providers.findByOrganisation(caller.organisation()).orElseThrow(() ->
                ProblemException.forbidden("The caller's organisation is not a registered coaching provider"));
    }

    private LocalDate answerDueBy() {
        return deadline.forReferralSentOn(time.today());
    }

    private ReferralLog.Actor actor() {
        return new ReferralLog.Actor(caller.subject(), caller.organisation());
    }
}
