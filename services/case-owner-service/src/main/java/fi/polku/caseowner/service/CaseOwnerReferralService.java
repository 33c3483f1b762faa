package fi.polku.caseowner.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import fi.polku.caseowner.domain.CaseOwnerReferral;
import fi.polku.caseowner.domain.CaseOwnerReferralRules;
import fi.polku.caseowner.domain.CaseOwnerReferralStatus;
import fi.polku.caseowner.domain.CaseOwnerReferralStatusChange;
import fi.polku.caseowner.domain.CoachingEpisode;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.domain.ProfessionalRole;
import fi.polku.caseowner.domain.ReferredService;
import fi.polku.caseowner.domain.ReturnDeclineReason;
import fi.polku.caseowner.domain.ReturnReason;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.CaseOwnerReferralRepository;
import fi.polku.caseowner.repository.CoachingEpisodeRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.platform.audit.AccessBasis;
import fi.polku.access.ClientAccess;
import fi.polku.access.ClientAccessConfig;
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
 * A job coach's closed-loop referral of a client back to the case owner (issue 17 §1), kept here with its receiver
 * ({@link CaseOwnerReferralRules}). The sender's basis is the coaching episode: a coach whose {@code org} is the
 * episode's provider sends it, reads it and cancels it. The receiver is decided at each move, so a reassignment hands
 * the referral on: the client's case owner (their professional record's userId is the caller's login in the staff
 * organisation), or, while the client has none, an active work-ability coordinator serving the client's
 * municipality. Every use case obtains the referral through its access check first; allowed and refused accesses are
 * in the access log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseOwnerReferralService {

    public record Query(UUID episodeId, CaseOwnerReferralStatus status) {
    }

    private final CaseOwnerReferralRepository referrals;
    private final CoachingEpisodeRepository episodes;
    private final AssignmentRepository assignments;
    private final KnownClientRepository knownClients;
    private final ProfessionalRepository professionals;
    private final CaseOwnerReferralLog log;
    private final ClientAccess access;
    private final AccessLog accessLog;
    private final Caller caller;
    private final ServiceTime time;
    private final String staffOrganisation;
    private final AnswerDeadline deadline;

    public CaseOwnerReferralService(CaseOwnerReferralRepository referrals, CoachingEpisodeRepository episodes,
            AssignmentRepository assignments, KnownClientRepository knownClients, ProfessionalRepository professionals,
            CaseOwnerReferralLog log, ClientAccess access, AccessLog accessLog, Caller caller, ServiceTime time,
            ClientAccessConfig accessConfig, AnswerDeadline deadline) {
        this.referrals = referrals;
        this.episodes = episodes;
        this.assignments = assignments;
        this.knownClients = knownClients;
        this.professionals = professionals;
        this.log = log;
        this.access = access;
        this.accessLog = accessLog;
        this.caller = caller;
        this.time = time;
        this.staffOrganisation = accessConfig.staffOrganisation();
        this.deadline = deadline;
    }

    public CaseOwnerReferral refer(UUID episodeId, ReturnReason reasonCode, String reason) {
        CoachingEpisode episode = episodes.findByIdOptional(episodeId).orElseThrow(() -> ProblemException
                .businessRule("episodeId", "is not a coaching episode this service knows (it learns of them from "
                        + "coaching's CoachingStarted)"));
        String action = "refer client back to the case owner from coaching";
        if (!episode.providerOrganisation.equals(caller.organisation())
                || !CaseOwnerReferralRules.episodeIsBasis(episode.endedAt, time.timestamp())) {
            accessLog.recordDenied(episode.clientId, action);
            throw ProblemException.forbidden("A coach refers back only the client of an episode of their own "
                    + "provider, open or ended at most " + CaseOwnerReferralRules.EPISODE_BASIS_DAYS + " days ago");
        }
        if (knownClients.findByIdOptional(episode.clientId).isEmpty()) {
            throw ProblemException.businessRule("episodeId", "the episode's client is not known to this service yet");
        }
        if (reasonCode == ReturnReason.OTHER && (reason == null || reason.isBlank())) {
            throw ProblemException.invalidField("reason", "must say why when the reason code is OTHER");
        }
        accessLog.record(episode.clientId, action, AccessBasis.CARE_RELATIONSHIP);
        CaseOwnerReferral referral = CaseOwnerReferral.request(episode, reasonCode,
                reason == null || reason.isBlank() ? null : reason.strip(), caller.subject(), caller.organisation(),
                time.timestamp(), deadline.forReferralSentOn(time.today()));
        log.requested(referral, receiverOf(referral.clientId));
        return referral;
    }

    /** The sending provider's coaches, the receiver, or anyone else with a basis for the client read it. */
    public CaseOwnerReferral get(UUID id) {
        CaseOwnerReferral referral = find(id);
        String action = "read referral back from coaching";
        if (isProviderCoach()) {
            requireSendingSide(referral, action);
            return referral;
        }
        Optional<AccessBasis> receiver = receiverBasis(referral.clientId);
        if (receiver.isPresent()) {
            accessLog.record(referral.clientId, action, receiver.get());
        } else {
            access.requireOrSupervise(referral.clientId, action);
        }
        return referral;
    }

    public List<CaseOwnerReferralStatusChange> history(CaseOwnerReferral referral) {
        return log.history(referral.id);
    }

    public CaseOwnerReferral accept(UUID id, String note, String ifMatch) {
        return answer(id, CaseOwnerReferralStatus.ACCEPTED, null, note, ifMatch, "accept referral back from coaching");
    }

    public CaseOwnerReferral decline(UUID id, ReturnDeclineReason reason, String note, String ifMatch) {
        if (reason == ReturnDeclineReason.OTHER && (note == null || note.isBlank())) {
            CaseOwnerReferral referral = answerable(id, "decline referral back from coaching");
            Versions.requireCurrent(referral.version, ifMatch);
            throw ProblemException.invalidField("note", "must say why when the reason is OTHER");
        }
        return answer(id, CaseOwnerReferralStatus.DECLINED, reason, note, ifMatch,
                "decline referral back from coaching");
    }

    public CaseOwnerReferral start(UUID id, String note, String ifMatch) {
        return answer(id, CaseOwnerReferralStatus.IN_PROGRESS, null, note, ifMatch,
                "start on referral back from coaching");
    }

    public CaseOwnerReferral complete(UUID id, String note, String ifMatch) {
        return answer(id, CaseOwnerReferralStatus.COMPLETED, null, note, ifMatch,
                "complete referral back from coaching");
    }

    /** The sending provider's coach cancels, before the receiver has started on it. */
    public CaseOwnerReferral cancel(UUID id, String note, String ifMatch) {
        CaseOwnerReferral referral = find(id);
        requireSendingSide(referral, "cancel referral back from coaching");
        Versions.requireCurrent(referral.version, ifMatch);
        if (!CaseOwnerReferralRules.senderMayCancel(referral.status)) {
            throw ProblemException.businessRule("status", "The referral is " + referral.status
                    + "; the sender cancels only before the receiver has started on it");
        }
        log.move(referral, CaseOwnerReferralStatus.CANCELLED, null, note, receiverOf(referral.clientId));
        return referral;
    }

    /**
     * A provider's coach: the referrals their provider sent. A professional: the referrals they answer now (their
     * clients', and for a work-ability coordinator those of the clients without a case owner in their
     * municipalities). The oldest request first.
     */
    public Page<CaseOwnerReferral> list(Query query, PageRequest page) {
        if (isProviderCoach()) {
            Page<CaseOwnerReferral> sent = referrals.page(new CaseOwnerReferralRepository.Filter(
                    caller.organisation(), query.episodeId(), null, null, query.status()), page);
            sent.items().forEach(r -> accessLog.record(r.clientId, "list referrals back sent by the caller's provider",
                    AccessBasis.CARE_RELATIONSHIP));
            return sent;
        }
        Professional me = registeredCaller().orElseThrow(() -> ProblemException.forbidden("The caller is not a "
                + "registered professional (no professional's userId is the caller's login)"));
        List<String> unowned = me.active && me.role == ProfessionalRole.WORK_ABILITY_COORDINATOR
                ? me.municipalities : List.of();
        Page<CaseOwnerReferral> received = referrals.page(new CaseOwnerReferralRepository.Filter(null,
                query.episodeId(), me.id, unowned, query.status()), page);
        received.items().forEach(r -> accessLog.record(r.clientId, "list referrals back to answer",
                receiverBasis(r.clientId).orElse(AccessBasis.CARE_RELATIONSHIP)));
        return received;
    }

    private CaseOwnerReferral answer(UUID id, CaseOwnerReferralStatus to, ReturnDeclineReason reason, String note,
            String ifMatch, String action) {
        CaseOwnerReferral referral = answerable(id, action);
        Versions.requireCurrent(referral.version, ifMatch);
        log.move(referral, to, reason, note, receiverOf(referral.clientId));
        return referral;
    }

    /** Only the receiver answers the referral (403 otherwise, logged). */
    private CaseOwnerReferral answerable(UUID id, String action) {
        CaseOwnerReferral referral = find(id);
        Optional<AccessBasis> basis = receiverBasis(referral.clientId);
        if (basis.isEmpty()) {
            accessLog.recordDenied(referral.clientId, action);
            throw ProblemException.forbidden("Only the client's case owner, or while the client has none a "
                    + "work-ability coordinator serving the client's municipality, answers the referral");
        }
        accessLog.record(referral.clientId, action, basis.get());
        return referral;
    }

    /** The caller's basis as the client's receiver now: the case owner, or a coordinator of an unowned client. */
    private Optional<AccessBasis> receiverBasis(UUID clientId) {
        Optional<Professional> me = registeredCaller();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        UUID owner = assignments.findByIdOptional(clientId).map(a -> a.professionalId).orElse(null);
        if (owner != null) {
            return owner.equals(me.get().id) ? Optional.of(AccessBasis.CARE_RELATIONSHIP) : Optional.empty();
        }
        String municipality = knownClients.findByIdOptional(clientId).map(c -> c.municipalityCode).orElse(null);
        Professional professional = me.get();
        boolean coordinator = professional.active && professional.role == ProfessionalRole.WORK_ABILITY_COORDINATOR
                && municipality != null && professional.municipalities.contains(municipality);
        return coordinator ? Optional.of(AccessBasis.SUPERVISION) : Optional.empty();
    }

    /** The gap watch's receiver: the case owner's professional id, or the municipality's coordinators. */
    private String receiverOf(UUID clientId) {
        return assignments.findByIdOptional(clientId).map(a -> a.professionalId).map(UUID::toString)
                .orElse(ReferredService.MUNICIPALITY_COORDINATORS);
    }

    private void requireSendingSide(CaseOwnerReferral referral, String action) {
        if (!isProviderCoach() || !referral.senderOrganisation.equals(caller.organisation())) {
            accessLog.recordDenied(referral.clientId, action);
            throw ProblemException.forbidden("Only a coach of the provider that sent the referral may");
        }
        accessLog.record(referral.clientId, action, AccessBasis.CARE_RELATIONSHIP);
    }

    private Optional<Professional> registeredCaller() {
        return staffOrganisation.equals(caller.organisation()) ? professionals.findByUserId(caller.subject())
                : Optional.empty();
    }

    private boolean isProviderCoach() {
        return caller.hasRole(Roles.JOB_COACH) && !caller.hasRole(Roles.COORDINATOR);
    }

    private CaseOwnerReferral find(UUID id) {
        return referrals.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Referral back from coaching", id));
    }
}
