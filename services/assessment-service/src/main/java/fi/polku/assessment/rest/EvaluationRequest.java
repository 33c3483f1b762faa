package fi.polku.assessment.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.Profession;
import fi.polku.assessment.domain.WorkAbilityEstimate;
import fi.polku.assessment.service.FindingsService;

/** One profession's findings on the client's functioning, what helps and hinders, and its view of work ability. */
public record EvaluationRequest(
        @NotNull Profession profession,
        @NotBlank @Size(max = 200) String evaluatorName,
        @NotBlank @Size(max = 8000) String physicalFunctioning,
        @NotBlank @Size(max = 8000) String mentalFunctioning,
        @NotBlank @Size(max = 8000) String cognitiveFunctioning,
        @NotBlank @Size(max = 8000) String socialFunctioning,
        @Schema(description = "Factors that help the client's work ability")
        @NotBlank @Size(max = 8000) String helpingFactors,
        @Schema(description = "Factors that hinder the client's work ability")
        @NotBlank @Size(max = 8000) String hinderingFactors,
        @Schema(description = "The client's work ability in this profession's view")
        @NotNull WorkAbilityEstimate workAbilityView,
        @NotNull @PastOrPresent LocalDate evaluatedOn) {

    FindingsService.Findings findings() {
        return new FindingsService.Findings(profession, evaluatorName, physicalFunctioning, mentalFunctioning,
                cognitiveFunctioning, socialFunctioning, helpingFactors, hinderingFactors, workAbilityView,
                evaluatedOn);
    }
}
