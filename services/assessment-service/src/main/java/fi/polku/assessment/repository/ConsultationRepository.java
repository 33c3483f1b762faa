package fi.polku.assessment.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.Consultation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ConsultationRepository implements PanacheRepositoryBase<Consultation, UUID> {

    public List<Consultation> listForAssessment(UUID assessmentId) {
        return list("assessmentId", Sort.by("askedOn").and("id"), assessmentId);
    }
}
