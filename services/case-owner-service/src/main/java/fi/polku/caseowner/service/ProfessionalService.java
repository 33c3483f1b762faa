package fi.polku.caseowner.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.caseowner.rest.ProfessionalRequest;
import fi.polku.platform.problem.ProblemException;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProfessionalService {

    private final ProfessionalRepository professionals;

    public ProfessionalService(ProfessionalRepository professionals) {
        this.professionals = professionals;
    }

    public Professional create(ProfessionalRequest request) {
        Professional professional = new Professional();
        professional.id = UUID.randomUUID();
        professional.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(professional, request);
        professionals.persist(professional);
        return professional;
    }

    public Professional get(UUID id) {
        return professionals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Professional", id));
    }

    public List<Professional> list() {
        return professionals.listAll(io.quarkus.panache.common.Sort.by("name").and("id"));
    }

    private static void apply(Professional professional, ProfessionalRequest request) {
        professional.name = request.name().strip();
        professional.organisation = request.organisation().strip();
        professional.role = request.role();
        professional.municipalities = request.municipalities().stream().distinct().sorted().toList();
        professional.maxCaseload = request.maxCaseload();
        professional.active = request.active() == null || request.active();
    }
}
