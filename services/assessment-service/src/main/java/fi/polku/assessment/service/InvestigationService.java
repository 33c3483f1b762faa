package fi.polku.assessment.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.Investigation;
import fi.polku.assessment.messaging.FurtherInvestigationRequested;
import fi.polku.assessment.repository.InvestigationRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;

/** The further investigations intake requested; pending until the team records their result. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InvestigationService {

    private final InvestigationRepository investigations;
    private final KnownClients knownClients;
    private final ClientAccess access;

    public InvestigationService(InvestigationRepository investigations, KnownClients knownClients,
            ClientAccess access) {
        this.investigations = investigations;
        this.knownClients = knownClients;
        this.access = access;
    }

    public void requestedByIntake(FurtherInvestigationRequested request) {
        for (FurtherInvestigationRequested.Requested requested : request.investigations()) {
            Investigation investigation = new Investigation();
            investigation.id = UUID.randomUUID();
            investigation.clientId = request.clientId();
            investigation.bookingId = request.bookingId();
            investigation.kind = requested.kind();
            investigation.investigation = requested.investigation();
            investigation.responsible = requested.responsible();
            investigation.reason = request.reason();
            investigation.requestedAt = request.requestedAt();
            investigation.status = Investigation.Status.PENDING;
            investigations.persist(investigation);
        }
    }

    public Page<Investigation> listForClient(UUID clientId, PageRequest page) {
        knownClients.requireInPath(clientId);
        access.require(clientId, "list further investigations");
        return investigations.pageForClient(clientId, page);
    }

    /** For the assessment view, whose read is already in the access log. */
    public List<Investigation> ofClient(UUID clientId) {
        return investigations.listForClient(clientId);
    }

    public Investigation complete(UUID id, String summary, LocalDate completedOn, String ifMatch) {
        Investigation investigation = investigations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Investigation", id));
        access.require(investigation.clientId, "complete further investigation");
        if (ifMatch != null) {
            Versions.requireCurrent(investigation.version, ifMatch);
        }
        investigation.complete(summary.strip(), completedOn);
        investigations.flush();
        return investigation;
    }
}
