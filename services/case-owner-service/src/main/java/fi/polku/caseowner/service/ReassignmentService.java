package fi.polku.caseowner.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.BulkReassignmentReport;
import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.domain.CaseOwnerChangeReason;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/** Manual and bulk changes of case owner, each with a reason and a handover note. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReassignmentService {

    static final String NAMED_SUCCESSOR = "named successor";

    private final KnownClientRepository knownClients;
    private final ProfessionalRepository professionals;
    private final AssignmentRepository assignments;
    private final AssignmentService assignmentService;
    private final ClientAccess access;
    private final Caller caller;
    private final ServiceTime time;

    public ReassignmentService(KnownClientRepository knownClients, ProfessionalRepository professionals,
            AssignmentRepository assignments, AssignmentService assignmentService, ClientAccess access,
            Caller caller, ServiceTime time) {
        this.knownClients = knownClients;
        this.professionals = professionals;
        this.assignments = assignments;
        this.assignmentService = assignmentService;
        this.access = access;
        this.caller = caller;
        this.time = time;
    }

    /** A manual change of the case owner: to whom, why, and the note the new owner carries on with. */
    public record Reassignment(UUID professionalId, CaseOwnerChangeReason reasonCode, String reason,
            String handoverNote) {
    }

    /**
     * A whole caseload moving: to the successor if named, why, the handover note, and notes for some clients by
     * client id (null: none).
     */
    public record CaseloadHandover(UUID successorId, CaseOwnerChangeReason reasonCode, String reason,
            String handoverNote, Map<UUID, String> handoverNotes) {
    }

    public CaseOwnerAssignment reassign(UUID clientId, String ifMatch, Reassignment request) {
        assignmentService.lockDecisions();
        KnownClient client = knownClients.findByIdOptional(clientId)
                .orElseThrow(() -> ProblemException.notFound("Client", clientId));
        access.requireOrSupervise(clientId, "reassign case owner");
        CaseOwnerAssignment assignment = assignments.findById(clientId);
        Versions.requireCurrent(assignment.version, ifMatch);
        if (!client.isOpen()) {
            throw ProblemException.businessRule(null, "The clientship is closed; reopen it through its follow-up");
        }
        Professional to = activeProfessional(request.professionalId(), "professionalId");
        if (to.id.equals(assignment.professionalId)) {
            throw ProblemException.businessRule("professionalId", "is already the client's case owner");
        }
        UUID from = assignment.professionalId;
        assignmentService.changeOwner(client, assignment, to, request.reasonCode(), request.reason().strip(),
                caller.subject(), request.handoverNote().strip(), time.timestamp());
        if (from != null) {
            assignmentService.placeQueuedClientsFor(professionals.findById(from));
        }
        assignments.flush();
        return assignment;
    }

    /**
     * Moves the professional's whole open caseload in this one transaction: to the named successor while they have
     * room, otherwise by the assignment rules (never back to the leaving professional); whoever is left goes to the
     * unassigned queue and into the report.
     */
    public BulkReassignmentReport reassignCaseload(UUID professionalId, CaseloadHandover request) {
        assignmentService.lockDecisions();
        Professional leaving = professionals.findByIdOptional(professionalId)
                .orElseThrow(() -> ProblemException.notFound("Professional", professionalId));
        Optional<Professional> successor = Optional.ofNullable(request.successorId())
                .map(id -> activeProfessional(id, "successorId"));
        if (successor.isPresent() && successor.get().id.equals(professionalId)) {
            throw ProblemException.businessRule("successorId", "must be someone else than the leaving professional");
        }
        Map<UUID, String> notes = request.handoverNotes() == null ? Map.of() : request.handoverNotes();
        List<CaseOwnerAssignment> caseload = assignments.openCaseloadOf(professionalId);
        int successorRoom = successor.map(s -> s.maxCaseload - assignments.openCaseloadOf(s.id).size()).orElse(0);
        String reason = request.reason().strip();
        String by = caller.subject();
        OffsetDateTime now = time.timestamp();
        List<BulkReassignmentReport.Moved> moved = new ArrayList<>();
        List<BulkReassignmentReport.NotPlaced> notPlaced = new ArrayList<>();
        for (CaseOwnerAssignment assignment : caseload) {
            KnownClient client = knownClients.findById(assignment.clientId);
            String note = notes.getOrDefault(client.clientId, request.handoverNote()).strip();
            access.requireOrSupervise(client.clientId, "bulk reassign case owner");
            if (successorRoom > 0) {
                successorRoom--;
                assignmentService.changeOwner(client, assignment, successor.get(), request.reasonCode(),
                        reason + " (" + NAMED_SUCCESSOR + ")", by, note, now);
                moved.add(new BulkReassignmentReport.Moved(client.clientId, successor.get().id, NAMED_SUCCESSOR));
                continue;
            }
            var choice = assignmentService.choose(client, professionalId);
            if (choice.isPresent()) {
                Professional to = professionals.findById(choice.get().professionalId());
                assignmentService.changeOwner(client, assignment, to, request.reasonCode(),
                        reason + " (" + choice.get().rule() + ")", by, note, now);
                moved.add(new BulkReassignmentReport.Moved(client.clientId, to.id, choice.get().rule()));
            } else {
                assignmentService.toQueue(client, assignment, request.reasonCode(),
                        reason + " (nobody fits; unassigned queue)", by, note, now);
                notPlaced.add(new BulkReassignmentReport.NotPlaced(client.clientId, client.municipalityCode,
                        "no active professional with free capacity whose role fits the client's segment"
                                + (client.municipalityWithheld()
                                        ? " (the municipality is withheld by a non-disclosure order)"
                                        : " serves municipality " + client.municipalityCode)));
            }
        }
        return new BulkReassignmentReport(leaving.id, caseload.size(), moved, notPlaced);
    }

    private Professional activeProfessional(UUID id, String field) {
        Professional professional = professionals.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.businessRule(field, "no professional " + id + " exists"));
        if (!professional.active) {
            throw ProblemException.businessRule(field, "professional " + id + " is inactive");
        }
        return professional;
    }
}
