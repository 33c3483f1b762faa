package fi.polku.caseowner.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.domain.CaseOwnerChangeReason;
import fi.polku.caseowner.domain.CaseOwnerRules;
import fi.polku.caseowner.domain.ClientStage;
import fi.polku.caseowner.domain.ClosureReason;
import fi.polku.caseowner.domain.FollowUp;
import fi.polku.caseowner.domain.FollowUpOutcome;
import fi.polku.caseowner.domain.FollowUpSchedule;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.messaging.CaseOwnerEvents;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.FollowUpRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.platform.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;

/** Closing a clientship with a follow-up contact, completing the follow-up, and reopening. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientshipService {

    private final KnownClientRepository knownClients;
    private final AssignmentRepository assignments;
    private final ProfessionalRepository professionals;
    private final FollowUpRepository followUps;
    private final AssignmentService assignmentService;
    private final CaseOwnerEvents events;
    private final ClientAccess access;
    private final Caller caller;

    public ClientshipService(KnownClientRepository knownClients, AssignmentRepository assignments,
            ProfessionalRepository professionals, FollowUpRepository followUps, AssignmentService assignmentService,
            CaseOwnerEvents events, ClientAccess access, Caller caller) {
        this.knownClients = knownClients;
        this.assignments = assignments;
        this.professionals = professionals;
        this.followUps = followUps;
        this.assignmentService = assignmentService;
        this.events = events;
        this.access = access;
        this.caller = caller;
    }

    /** Why the clientship closes, the months until the follow-up contact (null: the default) and a note. */
    public record Closing(ClosureReason reason, Integer followUpInMonths, String note) {
    }

    /** The closed clientship: the client, the case owner at closure (null when unassigned), the follow-up if any. */
    public record Closed(KnownClient client, UUID caseOwnerProfessionalId, FollowUp followUp) {
    }

    /** How the follow-up contact went; {@code attempts} is required when the client could not be reached. */
    public record FollowUpResult(FollowUpOutcome outcome, Integer attempts, String note) {
    }

    public Closed close(UUID clientId, Closing request) {
        assignmentService.lockDecisions();
        KnownClient client = knownClients.findByIdOptional(clientId)
                .orElseThrow(() -> ProblemException.notFound("Client", clientId));
        access.require(clientId, "close clientship");
        if (!client.isOpen()) {
            throw ProblemException.businessRule(null, "The clientship is already closed");
        }
        OffsetDateTime now = AssignmentService.now();
        Optional<LocalDate> due = FollowUpSchedule.dueDate(now.toLocalDate(), request.reason(),
                request.followUpInMonths());
        UUID ownerId = assignments.findById(clientId).professionalId;
        client.clientship = KnownClient.Clientship.CLOSED;
        client.closedAt = now;
        client.closureReason = request.reason();
        client.moveTo(ClientStage.CLOSED, now);
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
        events.closed(clientId, request.reason(), ownerId, due.orElse(null), now);
        knownClients.flush();
        if (ownerId != null) {
            assignmentService.placeQueuedClientsFor(professionals.findById(ownerId));
        }
        return new Closed(client, ownerId, followUp);
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
        OffsetDateTime now = AssignmentService.now();
        followUp.outcome = request.outcome();
        followUp.attempts = request.attempts();
        followUp.note = request.note();
        followUp.completedAt = now;
        followUp.completedBy = caller.subject();
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

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
