package fi.polku.assessment.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.AssessmentDeclineReason;
import fi.polku.assessment.domain.AssessmentReferral;
import fi.polku.assessment.domain.AssessmentReferralRules;
import fi.polku.assessment.domain.AssessmentReferralStatus;
import fi.polku.assessment.domain.AssessmentReferralStatusChange;
import fi.polku.assessment.messaging.AssessmentEventData.CancellationReason;
import fi.polku.assessment.messaging.AssessmentEvents;
import fi.polku.assessment.repository.AssessmentReferralRepository;
import fi.polku.assessment.repository.AssessmentRepository;
import fi.polku.assessment.repository.TeamRepository;
import fi.polku.platform.audit.AccessBasis;
import fi.polku.access.ClientAccess;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.referrals.AnswerDeadline;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * The case owner's closed-loop referral of a client to a work-ability team (issue 17 §1). A professional with a basis
 * for the client (the case owner) sends it to a team and may cancel it before the assessment starts; the team's
 * active members (their {@code userId} is the caller's login) answer it: accept with the appointment, which schedules
 * the assessment (whose members then get access to the client as for any assessment), or decline with a reason code.
 * The referral itself is the receiving team's basis for the client until then: its members read and answer it as
 * the team the client was referred to ({@link AccessBasis#CARE_RELATIONSHIP}, in the access log). Every use case
 * obtains the referral through the access check first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssessmentReferralService {

    public record Query(UUID clientId, UUID teamId, AssessmentReferralStatus status) {
    }

    private final AssessmentReferralRepository referrals;
    private final AssessmentRepository assessments;
    private final TeamRepository teams;
    private final KnownClients knownClients;
    private final AssessmentReferralLog log;
    private final AssessmentEvents events;
    private final ClientAccess access;
    private final AccessLog accessLog;
    private final Caller caller;
    private final ServiceTime time;
    private final AnswerDeadline deadline;

    public AssessmentReferralService(AssessmentReferralRepository referrals, AssessmentRepository assessments,
            TeamRepository teams, KnownClients knownClients, AssessmentReferralLog log, AssessmentEvents events,
            ClientAccess access, AccessLog accessLog, Caller caller, ServiceTime time, AnswerDeadline deadline) {
        this.referrals = referrals;
        this.assessments = assessments;
        this.teams = teams;
        this.knownClients = knownClients;
        this.log = log;
        this.events = events;
        this.access = access;
        this.accessLog = accessLog;
        this.caller = caller;
        this.time = time;
        this.deadline = deadline;
    }

    public AssessmentReferral refer(UUID clientId, UUID teamId, String reason) {
        knownClients.requireInBody(clientId);
        access.require(clientId, "refer to work-ability team assessment");
        if (teams.findByIdOptional(teamId).isEmpty()) {
            throw ProblemException.businessRule("teamId", "is not a work-ability team of this service");
        }
        AssessmentReferral referral = AssessmentReferral.request(clientId, teamId, reason.strip(), caller.subject(),
                caller.organisation(), time.timestamp(),
                deadline.forReferralSentOn(time.today()));
        log.requested(referral);
        return referral;
    }

    /** The sender's side (a basis for the client) or the receiving team's members read it. */
    public AssessmentReferral get(UUID id) {
        AssessmentReferral referral = find(id);
        if (memberOfTeam(referral)) {
            accessLog.record(referral.clientId, "read assessment referral to the caller's team",
                    AccessBasis.CARE_RELATIONSHIP);
        } else {
            access.require(referral.clientId, "read assessment referral");
        }
        return referral;
    }

    public List<AssessmentReferralStatusChange> history(AssessmentReferral referral) {
        return log.history(referral.id);
    }

    public AssessmentReferral accept(UUID id, OffsetDateTime appointmentAt, String ifMatch) {
        AssessmentReferral referral = answerable(id, "accept assessment referral");
        Versions.requireCurrent(referral.version, ifMatch);
        Assessment assessment = Assessment.schedule(referral.clientId, referral.teamId, null, appointmentAt,
                referral.reason, time.timestamp());
        assessments.persist(assessment);
        referral.assessmentId = assessment.id;
        log.move(referral, AssessmentReferralStatus.ACCEPTED, null, null);
        events.scheduled(assessment, false);
        return referral;
    }

    public AssessmentReferral decline(UUID id, AssessmentDeclineReason reason, String note, String ifMatch) {
        AssessmentReferral referral = answerable(id, "decline assessment referral");
        Versions.requireCurrent(referral.version, ifMatch);
        if (reason == AssessmentDeclineReason.OTHER && (note == null || note.isBlank())) {
            throw ProblemException.invalidField("note", "must say why when the reason is OTHER");
        }
        log.move(referral, AssessmentReferralStatus.DECLINED, reason, note);
        return referral;
    }

    /** The sender's side cancels before the assessment starts; an accepted referral's assessment is cancelled too. */
    public AssessmentReferral cancel(UUID id, String note, String ifMatch) {
        AssessmentReferral referral = find(id);
        access.require(referral.clientId, "cancel assessment referral");
        Versions.requireCurrent(referral.version, ifMatch);
        if (!AssessmentReferralRules.senderMayCancel(referral.status)) {
            throw ProblemException.businessRule("status", "The referral is " + referral.status
                    + "; the sender cancels only before the assessment starts");
        }
        if (referral.assessmentId != null) {
            Assessment assessment = assessments.findById(referral.assessmentId);
            assessment.cancel("The referral was cancelled", time.timestamp());
            events.cancelled(assessment, CancellationReason.CANCELLED);
        }
        log.move(referral, AssessmentReferralStatus.CANCELLED, null, note);
        return referral;
    }

    /**
     * A client's referrals (the caller needs a basis for the client), or without a client the inbox of the teams the
     * caller is an active member of (403 for a team they are not in); the oldest request first.
     */
    public Page<AssessmentReferral> list(Query query, PageRequest page) {
        if (query.clientId() != null) {
            access.require(query.clientId(), "list assessment referrals of client");
            List<UUID> team = query.teamId() == null ? null : List.of(query.teamId());
            return referrals.page(new AssessmentReferralRepository.Filter(query.clientId(), team, query.status()),
                    page);
        }
        List<UUID> own = teams.idsWithActiveMember(caller.subject());
        if (query.teamId() != null && !own.contains(query.teamId())) {
            throw ProblemException.forbidden("The caller is not an active member of the team");
        }
        if (own.isEmpty()) {
            throw ProblemException.forbidden("The caller is not an active member of any work-ability team; name the "
                    + "client (clientId) to list a client's referrals");
        }
        Page<AssessmentReferral> found = referrals.page(new AssessmentReferralRepository.Filter(null,
                query.teamId() == null ? own : List.of(query.teamId()), query.status()), page);
        found.items().forEach(r -> accessLog.record(r.clientId, "list in the team's referral inbox",
                AccessBasis.CARE_RELATIONSHIP));
        return found;
    }

    /** Only an active member of the team the client was referred to answers the referral (403 otherwise, logged). */
    private AssessmentReferral answerable(UUID id, String action) {
        AssessmentReferral referral = find(id);
        if (!memberOfTeam(referral)) {
            accessLog.recordDenied(referral.clientId, action);
            throw ProblemException.forbidden("Only an active member of the team the client was referred to answers "
                    + "the referral");
        }
        accessLog.record(referral.clientId, action, AccessBasis.CARE_RELATIONSHIP);
        return referral;
    }

    private boolean memberOfTeam(AssessmentReferral referral) {
        return teams.idsWithActiveMember(caller.subject()).contains(referral.teamId);
    }

    private AssessmentReferral find(UUID id) {
        return referrals.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Assessment referral", id));
    }
}
