package fi.polku.caseowner.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.domain.CaseOwnerChange;
import fi.polku.caseowner.domain.CaseOwnerRules;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.messaging.CaseOwnerEvents;
import fi.polku.caseowner.messaging.ClientRegistered;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.CaseOwnerChangeRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;

/** Gives every registered client a named case owner, or puts them in the unassigned queue and says so. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssignmentService {

    static final String SYSTEM = "system";
    static final String AUTOMATIC_RULE = "least-loaded active professional serving the client's municipality";

    private final KnownClientRepository knownClients;
    private final ProfessionalRepository professionals;
    private final AssignmentRepository assignments;
    private final CaseOwnerChangeRepository history;
    private final CaseOwnerEvents events;

    public AssignmentService(KnownClientRepository knownClients, ProfessionalRepository professionals,
            AssignmentRepository assignments, CaseOwnerChangeRepository history, CaseOwnerEvents events) {
        this.knownClients = knownClients;
        this.professionals = professionals;
        this.assignments = assignments;
        this.history = history;
        this.events = events;
    }

    public void onClientRegistered(ClientRegistered registered) {
        if (knownClients.findByIdOptional(registered.clientId()).isPresent()) {
            return;
        }
        KnownClient client = new KnownClient();
        client.clientId = registered.clientId();
        client.municipalityCode = registered.municipalityCode();
        client.ageBand = registered.ageBand();
        client.registeredAt = registered.registeredAt();
        knownClients.persist(client);
        assignAutomatically(client);
    }

    private void assignAutomatically(KnownClient client) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Optional<Professional> owner = CaseOwnerRules.choose(professionals.candidatesFor(client.municipalityCode))
                .flatMap(professionals::findByIdOptional);
        CaseOwnerAssignment assignment = new CaseOwnerAssignment();
        assignment.clientId = client.clientId;
        assignment.assignedAt = now;
        if (owner.isPresent()) {
            assignment.professionalId = owner.get().id;
            assignments.persist(assignment);
            recordChange(client.clientId, null, owner.get().id, "automatic assignment: " + AUTOMATIC_RULE, now);
            events.assigned(client.clientId, owner.get(), AUTOMATIC_RULE, now);
        } else {
            assignment.unassignedSince = now;
            assignments.persist(assignment);
            events.unavailable(client.clientId, client.municipalityCode,
                    "no active professional with free capacity serves municipality " + client.municipalityCode, now);
        }
    }

    private void recordChange(UUID clientId, UUID from, UUID to, String reason, OffsetDateTime at) {
        CaseOwnerChange change = new CaseOwnerChange();
        change.id = UUID.randomUUID();
        change.clientId = clientId;
        change.fromProfessionalId = from;
        change.toProfessionalId = to;
        change.changedAt = at;
        change.changedBy = SYSTEM;
        change.reason = reason;
        history.persist(change);
    }
}
