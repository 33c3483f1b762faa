package fi.polku.caseowner.service;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.domain.CaseOwnerChangeReason;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.messaging.ClientsMerged;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.platform.time.ServiceTime;

/**
 * Keeps a client whole when intake merges a duplicate registration into them: the merged client's history, care
 * network, service starts, follow-ups and agreements move to the kept client, and the kept client has one case
 * owner. The kept client's owner continues; a kept client without one gets the merged client's owner (continuity).
 * A merge already applied finds no merged client and changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientMergeService {

    private final AssignmentService assignmentService;
    private final KnownClientRepository knownClients;
    private final AssignmentRepository assignments;
    private final ProfessionalRepository professionals;
    private final ServiceTime time;

    public ClientMergeService(AssignmentService assignmentService, KnownClientRepository knownClients,
            AssignmentRepository assignments, ProfessionalRepository professionals, ServiceTime time) {
        this.assignmentService = assignmentService;
        this.knownClients = knownClients;
        this.assignments = assignments;
        this.professionals = professionals;
        this.time = time;
    }

    public void onClientsMerged(ClientsMerged merge) {
        assignmentService.lockDecisions();
        Optional<KnownClient> merged = knownClients.findByIdOptional(merge.mergedClientId());
        Optional<KnownClient> kept = knownClients.findByIdOptional(merge.clientId());
        if (merged.isEmpty() || kept.isEmpty()) {
            return;
        }
        OffsetDateTime now = time.timestamp();
        CaseOwnerAssignment keptAssignment = assignments.findById(merge.clientId());
        Professional mergedOwner = Optional.ofNullable(assignments.findById(merge.mergedClientId()).professionalId)
                .map(professionals::findById).orElse(null);
        knownClients.mergeInto(merge.mergedClientId(), merge.clientId());
        if (mergedOwner == null || mergedOwner.id.equals(keptAssignment.professionalId)) {
            return;
        }
        String reason = "client " + merge.mergedClientId() + " was merged into this client";
        if (keptAssignment.professionalId == null && kept.get().isOpen()) {
            assignmentService.changeOwner(kept.get(), keptAssignment, mergedOwner,
                    CaseOwnerChangeReason.CLIENTS_MERGED, reason + "; the merged client's case owner continues",
                    AssignmentService.SYSTEM, null, now);
        } else {
            assignmentService.record(merge.clientId(), mergedOwner.id, keptAssignment.professionalId,
                    CaseOwnerChangeReason.CLIENTS_MERGED, reason + "; the kept client's case owner continues",
                    AssignmentService.SYSTEM, null, now);
            assignmentService.placeQueuedClientsFor(mergedOwner);
        }
    }
}
