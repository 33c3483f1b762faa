package fi.polku.assessment.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.ProfessionalEvaluation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProfessionalEvaluationRepository implements PanacheRepositoryBase<ProfessionalEvaluation, UUID> {

    public List<ProfessionalEvaluation> listForAssessment(UUID assessmentId) {
        return list("assessmentId", Sort.by("recordedAt").and("id"), assessmentId);
    }
}
