package fi.polku.caseowner.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.ClientStage;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.ServiceStart;
import fi.polku.caseowner.messaging.ServiceStarted;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ServiceStartRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * Where a client is: the stage learned from assessment and coaching events, the assessments and coaching that
 * started (which the case owner acknowledges), and the next step and contact the case owner records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientProgressService {

    private final KnownClientRepository knownClients;
    private final ServiceStartRepository starts;
    private final AssignmentRepository assignments;
    private final ClientAccess access;
    private final Caller caller;
    private final ServiceTime time;

    public ClientProgressService(KnownClientRepository knownClients, ServiceStartRepository starts,
            AssignmentRepository assignments, ClientAccess access, Caller caller, ServiceTime time) {
        this.knownClients = knownClients;
        this.starts = starts;
        this.assignments = assignments;
        this.access = access;
        this.caller = caller;
        this.time = time;
    }

    /** An assessment was scheduled or coaching started: the case owner must acknowledge it. */
    public void onServiceStarted(ServiceStart.Service service, ServiceStarted started, OffsetDateTime eventTime) {
        Optional<KnownClient> known = knownClients.findByIdOptional(started.clientId());
        if (known.isEmpty() || started.referenceId() == null || starts.exists(service, started.referenceId())) {
            return;
        }
        ServiceStart start = new ServiceStart();
        start.id = UUID.randomUUID();
        start.clientId = started.clientId();
        start.service = service;
        start.referenceId = started.referenceId();
        start.startedAt = started.at(eventTime);
        starts.persist(start);
        moveOpenClient(known.get(), service == ServiceStart.Service.ASSESSMENT ? ClientStage.ASSESSMENT_SCHEDULED
                : ClientStage.IN_COACHING, start.startedAt);
    }

    public void onStageReached(UUID clientId, ClientStage stage, OffsetDateTime at) {
        knownClients.findByIdOptional(clientId).ifPresent(client -> moveOpenClient(client, stage, at));
    }

    private static void moveOpenClient(KnownClient client, ClientStage stage, OffsetDateTime at) {
        if (client.isOpen()) {
            client.moveTo(stage, at);
        }
    }

    /** The client's assessments and coaching episodes that started, a page at a time (key: started at, id). */
    public Page<ServiceStart> startsOf(UUID clientId, PageRequest page) {
        client(clientId);
        access.require(clientId, "read service starts");
        String[] after = page.afterParts(2);
        return Page.of(starts.startsOf(clientId, after == null ? null : PageKey.moment(after[0]),
                        after == null ? null : PageKey.uuid(after[1]), page.fetchSize()), page,
                start -> PageKey.of(start.startedAt, start.id));
    }

    /** The case owner has been informed; acknowledging twice keeps the first acknowledgement. */
    public ServiceStart acknowledge(UUID clientId, UUID startId) {
        client(clientId);
        access.require(clientId, "acknowledge service start");
        ServiceStart start = starts.findByIdOptional(startId).filter(s -> s.clientId.equals(clientId))
                .orElseThrow(() -> ProblemException.notFound("Service start", startId));
        if (start.acknowledgedAt == null) {
            start.acknowledgedAt = time.timestamp();
            start.acknowledgedBy = caller.subject();
        }
        return start;
    }

    /** The agreed next step, when it is due, and when the client was last reached if this records a contact. */
    public record NextStep(String nextStep, LocalDate dueDate, OffsetDateTime contactedAt) {
    }

    public KnownClient recordNextStep(UUID clientId, NextStep request) {
        KnownClient client = client(clientId);
        access.require(clientId, "record next step");
        OffsetDateTime now = time.timestamp();
        if (request.contactedAt() != null && request.contactedAt().isAfter(now.plusMinutes(5))) {
            throw ProblemException.invalidField("contactedAt", "must not be in the future");
        }
        client.nextStep = request.nextStep().strip();
        client.nextStepDue = request.dueDate();
        client.nextStepRecordedAt = now;
        if (request.contactedAt() != null
                && (client.lastContactAt == null || request.contactedAt().isAfter(client.lastContactAt))) {
            client.lastContactAt = request.contactedAt();
        }
        return client;
    }

    /** The client's case owner now, or null while the client waits in the unassigned queue. */
    public UUID caseOwnerOf(UUID clientId) {
        return assignments.findByIdOptional(clientId).map(assignment -> assignment.professionalId).orElse(null);
    }

    private KnownClient client(UUID clientId) {
        return knownClients.findByIdOptional(clientId).orElseThrow(() -> ProblemException.notFound("Client", clientId));
    }
}
