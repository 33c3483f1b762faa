package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.Profession;
import fi.polku.assessment.domain.ProfessionalEvaluation;
import fi.polku.assessment.domain.WorkAbilityEstimate;

@Schema(requiredProperties = {"id", "profession", "evaluatorName", "physicalFunctioning", "mentalFunctioning",
    "cognitiveFunctioning", "socialFunctioning", "helpingFactors", "hinderingFactors", "workAbilityView", "evaluatedOn",
    "recordedAt"})
public record EvaluationView(UUID id, Profession profession, String evaluatorName, String physicalFunctioning,
        String mentalFunctioning, String cognitiveFunctioning, String socialFunctioning, String helpingFactors,
        String hinderingFactors, WorkAbilityEstimate workAbilityView, LocalDate evaluatedOn,
        OffsetDateTime recordedAt) {

    public static EvaluationView of(ProfessionalEvaluation e) {
        return new EvaluationView(e.id, e.profession, e.evaluatorName, e.physicalFunctioning, e.mentalFunctioning,
                e.cognitiveFunctioning, e.socialFunctioning, e.helpingFactors, e.hinderingFactors, e.workAbilityView,
                e.evaluatedOn, e.recordedAt);
    }
}
