package fi.polku.caseowner.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.caseowner.rest.CaseOwnerView;
import fi.polku.caseowner.rest.ProfessionalView;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.problem.ProblemException;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseOwnerQueries {

    private final AssignmentRepository assignments;
    private final ProfessionalRepository professionals;
    private final AccessLog accessLog;

    public CaseOwnerQueries(AssignmentRepository assignments, ProfessionalRepository professionals,
            AccessLog accessLog) {
        this.assignments = assignments;
        this.professionals = professionals;
        this.accessLog = accessLog;
    }

    public CaseOwnerView caseOwnerOf(UUID clientId) {
        CaseOwnerAssignment assignment = assignments.findByIdOptional(clientId)
                .orElseThrow(() -> ProblemException.notFound("Client", clientId));
        accessLog.record(clientId, "read case owner");
        if (assignment.professionalId == null) {
            return new CaseOwnerView(clientId, CaseOwnerView.Status.UNASSIGNED, null, null,
                    assignment.unassignedSince);
        }
        ProfessionalView owner = ProfessionalView.of(professionals.findById(assignment.professionalId));
        return new CaseOwnerView(clientId, CaseOwnerView.Status.ASSIGNED, owner, assignment.assignedAt, null);
    }
}
