package fi.polku.caseowner.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.domain.CaseOwnerChange;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.CaseOwnerChangeRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseOwnerQueries {

    private final AssignmentRepository assignments;
    private final ProfessionalRepository professionals;
    private final KnownClientRepository knownClients;
    private final CaseOwnerChangeRepository history;
    private final ClientAccess access;

    public CaseOwnerQueries(AssignmentRepository assignments, ProfessionalRepository professionals,
            KnownClientRepository knownClients, CaseOwnerChangeRepository history, ClientAccess access) {
        this.assignments = assignments;
        this.professionals = professionals;
        this.knownClients = knownClients;
        this.history = history;
        this.access = access;
    }

    /** The client's case owner now: the assignment, whether the clientship is open, and the owner (null: queued). */
    public record CurrentOwner(CaseOwnerAssignment assignment, KnownClient client, Professional owner) {
    }

    /** A client on a caseload, with its case owner. */
    public record CaseloadClient(KnownClient client, UUID caseOwnerProfessionalId) {
    }

    public CurrentOwner caseOwnerOf(UUID clientId) {
        CaseOwnerAssignment assignment = assignments.findByIdOptional(clientId)
                .orElseThrow(() -> ProblemException.notFound("Client", clientId));
        access.requireOrSupervise(clientId, "read case owner");
        return view(assignment);
    }

    public CurrentOwner view(CaseOwnerAssignment assignment) {
        return new CurrentOwner(assignment, knownClients.findById(assignment.clientId),
                assignment.professionalId == null ? null : professionals.findById(assignment.professionalId));
    }

    /** The client's case owner changes, oldest first, a page at a time (key: changed at, id). */
    public Page<CaseOwnerChange> historyOf(UUID clientId, PageRequest page) {
        if (knownClients.findByIdOptional(clientId).isEmpty()) {
            throw ProblemException.notFound("Client", clientId);
        }
        access.requireOrSupervise(clientId, "read case owner history");
        String[] after = page.afterParts(2);
        return Page.of(history.historyOf(clientId, after == null ? null : PageKey.moment(after[0]),
                        after == null ? null : PageKey.uuid(after[1]), page.fetchSize()), page,
                change -> PageKey.of(change.changedAt, change.id));
    }

    /** The caseload of the professional whose user id is the caller's login subject. */
    public Page<CaseloadClient> caseloadOfUser(String subject, PageRequest page) {
        Professional professional = professionals.findByUserId(subject)
                .orElseThrow(() -> ProblemException.notFound("Professional with user id", subject));
        return caseloadOf(professional.id, page);
    }

    /**
     * The professional's open clientships the caller may see, longest owned first, a page at a time (key: assigned
     * at, client id). A caseload is bounded by the owner's maximum, so it is read whole and sliced.
     */
    public Page<CaseloadClient> caseloadOf(UUID professionalId, PageRequest page) {
        if (professionals.findByIdOptional(professionalId).isEmpty()) {
            throw ProblemException.notFound("Professional", professionalId);
        }
        page.afterParts(2);
        Page<CaseOwnerAssignment> assigned = Pages.visibleSlice(assignments.openCaseloadOf(professionalId), page,
                assignment -> PageKey.of(assignment.assignedAt, assignment.clientId),
                assignment -> access.listedOrSupervised(assignment.clientId, "read caseload"));
        return assigned.map(assignment -> new CaseloadClient(knownClients.findById(assignment.clientId),
                assignment.professionalId));
    }
}
