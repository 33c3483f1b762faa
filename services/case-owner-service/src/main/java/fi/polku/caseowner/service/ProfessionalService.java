package fi.polku.caseowner.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.InactiveReason;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.domain.ProfessionalRole;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/** Professionals; whenever one can take clients, the unassigned queue of their municipalities is offered again. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProfessionalService {

    private final ProfessionalRepository professionals;
    private final AssignmentService assignments;
    private final ServiceTime time;

    public ProfessionalService(ProfessionalRepository professionals, AssignmentService assignments, ServiceTime time) {
        this.professionals = professionals;
        this.assignments = assignments;
        this.time = time;
    }

    /** A professional as registered; {@code active} null means active. */
    public record Details(String name, String organisation, ProfessionalRole role, List<String> municipalities,
            int maxCaseload, Boolean active, InactiveReason inactiveReason, String userId) {

        boolean isActive() {
            return active == null || active;
        }
    }

    public Professional create(Details request) {
        assignments.lockDecisions();
        OffsetDateTime now = time.timestamp();
        Professional professional = new Professional();
        professional.id = UUID.randomUUID();
        professional.createdAt = now;
        apply(professional, request, now);
        professionals.persist(professional);
        assignments.placeQueuedClientsFor(professional);
        return professional;
    }

    public Professional update(UUID id, String ifMatch, Details request) {
        assignments.lockDecisions();
        Professional professional = get(id);
        Versions.requireCurrent(professional.version, ifMatch);
        apply(professional, request, time.timestamp());
        professionals.flush();
        assignments.placeQueuedClientsFor(professional);
        return professional;
    }

    public Professional get(UUID id) {
        return professionals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Professional", id));
    }

    /** Every professional by name (ties by id), a page at a time (key: name, id). */
    public Page<Professional> list(PageRequest page) {
        String[] after = Pages.textAndLast(page);
        return Page.of(professionals.byName(after == null ? null : after[0],
                        after == null ? null : PageKey.uuid(after[1]), page.fetchSize()), page,
                professional -> PageKey.of(professional.name, professional.id));
    }

    private static void apply(Professional professional, Details request, OffsetDateTime now) {
        if (!request.isActive() && request.inactiveReason() == null) {
            throw ProblemException.invalidField("inactiveReason", "is required when the professional is inactive");
        }
        if (request.isActive() && request.inactiveReason() != null) {
            throw ProblemException.invalidField("inactiveReason", "must be absent when the professional is active");
        }
        professional.name = request.name().strip();
        professional.organisation = request.organisation().strip();
        professional.role = request.role();
        professional.municipalities = request.municipalities().stream().distinct().sorted().toList();
        professional.maxCaseload = request.maxCaseload();
        professional.userId = request.userId() == null ? null : request.userId().strip();
        if (request.isActive()) {
            professional.inactiveSince = null;
        } else if (professional.active || professional.inactiveSince == null) {
            professional.inactiveSince = now;
        }
        professional.active = request.isActive();
        professional.inactiveReason = request.inactiveReason();
        professional.updatedAt = now;
    }
}
