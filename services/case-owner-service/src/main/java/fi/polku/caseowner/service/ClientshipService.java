package fi.polku.caseowner.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.domain.CaseOwnerChangeReason;
import fi.polku.caseowner.domain.CaseOwnerRules;
import fi.polku.caseowner.domain.ClientStage;
import fi.polku.caseowner.domain.ClosureFeedback;
import fi.polku.caseowner.domain.ClosureReason;
import fi.polku.caseowner.domain.FollowUp;
import fi.polku.caseowner.domain.FollowUpOutcome;
import fi.polku.caseowner.domain.FollowUpSchedule;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.PlaceSource;
import fi.polku.caseowner.messaging.CaseOwnerEvents;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.ClosureFeedbackRepository;
import fi.polku.caseowner.repository.FollowUpRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.servicemap.ServicePlace;
import fi.polku.platform.time.ServiceTime;

/** Closing a clientship with a follow-up contact, completing the follow-up, and reopening. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientshipService {

    private final KnownClientRepository knownClients;
    private final AssignmentRepository assignments;
    private final ProfessionalRepository professionals;
    private final FollowUpRepository followUps;
    private final ClosureFeedbackRepository closureFeedback;
    private final AssignmentService assignmentService;
    private final ClientPlaces places;
    private final CaseOwnerEvents events;
    private final ClientAccess access;
    private final Caller caller;
    private final ServiceTime time;

    public ClientshipService(KnownClientRepository knownClients, AssignmentRepository assignments,
            ProfessionalRepository professionals, FollowUpRepository followUps,
            ClosureFeedbackRepository closureFeedback, AssignmentService assignmentService, ClientPlaces places,
            CaseOwnerEvents events, ClientAccess access, Caller caller, ServiceTime time) {
        this.places = places;
        this.knownClients = knownClients;
        this.assignments = assignments;
        this.professionals = professionals;
        this.followUps = followUps;
        this.closureFeedback = closureFeedback;
        this.assignmentService = assignmentService;
        this.events = events;
        this.access = access;
        this.caller = caller;
        this.time = time;
    }

    /**
     * Why the clientship closes, the months until the follow-up contact (null: the default), a note, and the client's
     * satisfaction with the whole service package (1-10) and own feedback, each null when not given.
     */
    public record Closing(ClosureReason reason, Integer followUpInMonths, String note, Integer satisfaction,
            String feedback) {
    }

    /**
     * The closed clientship: the client, the case owner at closure (null when unassigned), the follow-up if any, the
     * client's feedback if any.
     */
    public record Closed(KnownClient client, UUID caseOwnerProfessionalId, FollowUp followUp,
            ClosureFeedback feedback) {
    }

    /**
     * How the follow-up contact went; {@code attempts} is required when the client could not be reached, and only a
     * client reached gives satisfaction or feedback.
     */
    public record FollowUpResult(FollowUpOutcome outcome, Integer attempts, String note, Integer satisfaction,
            String feedback) {
    }

    public Closed close(UUID clientId, Closing request) {
        assignmentService.lockDecisions();
        KnownClient client = knownClients.findByIdOptional(clientId)
                .orElseThrow(() -> ProblemException.notFound("Client", clientId));
        access.require(clientId, "close clientship");
        if (!client.isOpen()) {
            throw ProblemException.businessRule(null, "The clientship is already closed");
        }
        OffsetDateTime now = time.timestamp();
        Optional<LocalDate> due = FollowUpSchedule.dueDate(now.toLocalDate(), request.reason(),
                request.followUpInMonths());
        UUID ownerId = assignments.findById(clientId).professionalId;
        client.clientship = KnownClient.Clientship.CLOSED;
        client.closedAt = now;
        client.closureReason = request.reason();
        client.moveTo(ClientStage.CLOSED, now);
        places.onClientship(client, request.reason().destination(), PlaceSource.CLIENTSHIP_CLOSED);
        FollowUp followUp = null;
        if (due.isPresent()) {
            followUp = new FollowUp();
            followUp.id = UUID.randomUUID();
            followUp.clientId = clientId;
            followUp.professionalId = ownerId;
            followUp.dueDate = due.get();
            followUp.createdAt = now;
            followUp.note = request.note();
            followUps.persist(followUp);
        }
        ClosureFeedback feedback = feedbackAtClosure(clientId, request, now);
        events.closed(clientId, request.reason(), ownerId, due.orElse(null), request.satisfaction(), now);
        knownClients.flush();
        if (ownerId != null) {
            assignmentService.placeQueuedClientsFor(professionals.findById(ownerId));
        }
        return new Closed(client, ownerId, followUp, feedback);
    }

    private ClosureFeedback feedbackAtClosure(UUID clientId, Closing request, OffsetDateTime now) {
        if (request.satisfaction() == null && request.feedback() == null) {
            return null;
        }
        ClosureFeedback feedback = new ClosureFeedback();
        feedback.id = UUID.randomUUID();
        feedback.clientId = clientId;
        feedback.closedAt = now;
        feedback.satisfaction = request.satisfaction();
        feedback.feedback = request.feedback() == null ? null : request.feedback().strip();
        feedback.recordedBy = caller.subject();
        closureFeedback.persist(feedback);
        return feedback;
    }

    /**
     * Open follow-ups due before the day that the caller may see, per professional, earliest due first, a page at a
     * time (key: professional, due date, id).
     */
    public Page<FollowUp> dueBefore(LocalDate day, UUID professionalId, PageRequest page) {
        page.afterParts(3);
        return Pages.visibleSlice(followUps.openDueBefore(day, professionalId), page,
                followUp -> PageKey.of(followUp.professionalId, followUp.dueDate, followUp.id),
                followUp -> access.listedOrSupervised(followUp.clientId, "read follow-up"));
    }

    public FollowUp complete(UUID followUpId, FollowUpResult request) {
        assignmentService.lockDecisions();
        FollowUp followUp = followUps.findByIdOptional(followUpId)
                .orElseThrow(() -> ProblemException.notFound("Follow-up", followUpId));
        access.require(followUp.clientId, "complete follow-up");
        if (followUp.isCompleted()) {
            throw ProblemException.businessRule(null, "The follow-up was already completed");
        }
        if (request.outcome() == FollowUpOutcome.COULD_NOT_REACH && request.attempts() == null) {
            throw ProblemException.invalidField("attempts", "is required when the client could not be reached");
        }
        if (request.outcome() == FollowUpOutcome.COULD_NOT_REACH
                && (request.satisfaction() != null || request.feedback() != null)) {
            throw ProblemException.invalidField(request.satisfaction() != null ? "satisfaction" : "feedback",
                    "is the reached client's answer: not given when the client could not be reached");
        }
        OffsetDateTime now = time.timestamp();
        followUp.outcome = request.outcome();
        followUp.attempts = request.attempts();
        followUp.note = request.note();
        followUp.completedAt = now;
        followUp.completedBy = caller.subject();
        followUp.satisfaction = request.satisfaction();
        followUp.feedback = request.feedback() == null ? null : request.feedback().strip();
        events.followUpCompleted(followUp);
        if (request.outcome() == FollowUpOutcome.NEEDS_SERVICES_AGAIN) {
            reopen(knownClients.findById(followUp.clientId), now);
        }
        return followUp;
    }

    /** Reopens with the same case owner where the rules allow (continuity), else another, else the queue. */
    private void reopen(KnownClient client, OffsetDateTime now) {
        CaseOwnerAssignment assignment = assignments.findById(client.clientId);
        UUID previousOwner = assignment.professionalId;
        // Choose before the clientship counts as open again, so it does not count against the previous owner.
        Optional<CaseOwnerRules.Choice> choice = assignmentService.choose(client, null);
        client.clientship = KnownClient.Clientship.OPEN;
        client.closedAt = null;
        client.closureReason = null;
        client.reopenedAt = now;
        client.moveTo(client.segment == null ? ClientStage.REGISTERED : ClientStage.SCREENED, now);
        places.onClientship(client, ServicePlace.SERVICE_GUIDANCE, PlaceSource.CLIENTSHIP_REOPENED);
        String why = "clientship reopened after follow-up contact";
        if (choice.isEmpty()) {
            assignmentService.toQueue(client, assignment, CaseOwnerChangeReason.CLIENTSHIP_REOPENED,
                    why + ": nobody fits", caller.subject(), null, now);
        } else if (!choice.get().professionalId().equals(previousOwner)) {
            assignmentService.changeOwner(client, assignment, professionals.findById(choice.get().professionalId()),
                    CaseOwnerChangeReason.CLIENTSHIP_REOPENED, why + ": " + choice.get().rule(), caller.subject(),
                    null, now);
        }
        events.reopened(client.clientId, assignment.professionalId, now);
    }
}
