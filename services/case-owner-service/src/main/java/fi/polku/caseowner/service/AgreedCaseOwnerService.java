package fi.polku.caseowner.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.AgreedCaseOwner;
import fi.polku.caseowner.domain.AgreedCaseOwnerRule;
import fi.polku.caseowner.domain.AgreementOutcome;
import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.domain.CaseOwnerChangeReason;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.messaging.CaseOwnerAgreed;
import fi.polku.caseowner.repository.AgreedCaseOwnerRepository;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.CaseOwnerChangeRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.platform.time.ServiceTime;

/**
 * Applies the case owner agreed in a work-ability assessment by {@link AgreedCaseOwnerRule}, once per assessment,
 * and remembers the outcome: an agreement not applied waits on the coordinator's list (the gap watch).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AgreedCaseOwnerService {

    private final AssignmentService assignmentService;
    private final AgreedCaseOwnerRepository agreements;
    private final KnownClientRepository knownClients;
    private final ProfessionalRepository professionals;
    private final AssignmentRepository assignments;
    private final CaseOwnerChangeRepository history;
    private final ServiceTime time;

    public AgreedCaseOwnerService(AssignmentService assignmentService, AgreedCaseOwnerRepository agreements,
            KnownClientRepository knownClients, ProfessionalRepository professionals,
            AssignmentRepository assignments, CaseOwnerChangeRepository history, ServiceTime time) {
        this.assignmentService = assignmentService;
        this.agreements = agreements;
        this.knownClients = knownClients;
        this.professionals = professionals;
        this.assignments = assignments;
        this.history = history;
        this.time = time;
    }

    public void onCaseOwnerAgreed(CaseOwnerAgreed agreed) {
        assignmentService.lockDecisions();
        if (agreements.findByIdOptional(agreed.assessmentId()).isPresent()) {
            return;
        }
        OffsetDateTime now = time.timestamp();
        AgreedCaseOwner agreement = new AgreedCaseOwner();
        agreement.assessmentId = agreed.assessmentId();
        agreement.clientId = agreed.clientId();
        agreement.professionalId = agreed.professionalId();
        agreement.agreedAt = agreed.agreedAt() == null ? now : agreed.agreedAt();
        agreement.recordedAt = now;
        KnownClient client = knownClients.findByIdOptional(agreed.clientId()).orElse(null);
        if (client == null) {
            agreement.outcome = AgreementOutcome.NOT_APPLIED;
            agreement.reason = "the client is not known to the case-owner service";
        } else {
            decide(agreement, client, now);
        }
        agreements.persist(agreement);
    }

    private void decide(AgreedCaseOwner agreement, KnownClient client, OffsetDateTime now) {
        Professional agreed = agreement.professionalId == null ? null
                : professionals.findByIdOptional(agreement.professionalId).orElse(null);
        CaseOwnerAssignment assignment = assignments.findById(client.clientId);
        AgreedCaseOwnerRule.Decision decision = AgreedCaseOwnerRule.decide(agreed, client.isOpen(),
                assignment.professionalId, history.setByHandSince(client.clientId, agreement.agreedAt));
        agreement.outcome = decision.outcome();
        agreement.reason = decision.reason();
        if (decision.outcome() == AgreementOutcome.APPLIED) {
            assignmentService.changeOwner(client, assignment, agreed, CaseOwnerChangeReason.AGREED_IN_ASSESSMENT,
                    decision.reason(), AssignmentService.SYSTEM, null, now);
        }
    }
}
