package fi.polku.caseowner.service;

import java.util.List;
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
import fi.polku.caseowner.rest.CaseOwnerView;
import fi.polku.caseowner.rest.CaseloadView;
import fi.polku.caseowner.rest.ClientProgressView;
import fi.polku.caseowner.rest.ProfessionalView;
import fi.polku.platform.access.ClientAccess;
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

    public CaseOwnerView caseOwnerOf(UUID clientId) {
        CaseOwnerAssignment assignment = assignments.findByIdOptional(clientId)
                .orElseThrow(() -> ProblemException.notFound("Client", clientId));
        access.requireOrSupervise(clientId, "read case owner");
        return view(assignment);
    }

    public CaseOwnerView view(CaseOwnerAssignment assignment) {
        KnownClient client = knownClients.findById(assignment.clientId);
        boolean open = client.isOpen();
        if (assignment.professionalId == null) {
            return new CaseOwnerView(assignment.clientId, CaseOwnerView.Status.UNASSIGNED, open, null, null,
                    assignment.unassignedSince, assignment.version);
        }
        ProfessionalView owner = ProfessionalView.of(professionals.findById(assignment.professionalId));
        return new CaseOwnerView(assignment.clientId, CaseOwnerView.Status.ASSIGNED, open, owner,
                assignment.assignedAt, null, assignment.version);
    }

    public List<CaseOwnerChange> historyOf(UUID clientId) {
        if (knownClients.findByIdOptional(clientId).isEmpty()) {
            throw ProblemException.notFound("Client", clientId);
        }
        access.requireOrSupervise(clientId, "read case owner history");
        return history.historyOf(clientId);
    }

    /** The caseload of the professional whose user id is the caller's login subject. */
    public CaseloadView caseloadOfUser(String subject) {
        Professional professional = professionals.findByUserId(subject)
                .orElseThrow(() -> ProblemException.notFound("Professional with user id", subject));
        return caseloadOf(professional.id);
    }

    public CaseloadView caseloadOf(UUID professionalId) {
        Professional professional = professionals.findByIdOptional(professionalId)
                .orElseThrow(() -> ProblemException.notFound("Professional", professionalId));
        List<ClientProgressView> clients = assignments.openCaseloadOf(professionalId).stream()
                .filter(assignment -> access.listedOrSupervised(assignment.clientId, "read caseload"))
                .map(assignment -> ClientProgressView.of(knownClients.findById(assignment.clientId)))
                .toList();
        return new CaseloadView(professional.id, professional.maxCaseload, clients.size(), clients);
    }
}
