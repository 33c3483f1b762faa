package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.AgreedCaseOwner;
import fi.polku.assessment.domain.Profession;
import fi.polku.assessment.domain.ServiceType;
import fi.polku.assessment.domain.WorkAbilityEstimate;
import fi.polku.assessment.service.ConclusionService;
import fi.polku.platform.openapi.Ids;

public record ConclusionRequest(
        @NotNull WorkAbilityEstimate workAbilityEstimate,
        @Schema(description = "The professions that agree on the estimate: at least two, each with an evaluation "
                + "recorded in the assessment")
        @NotNull @Size(max = 20) List<@NotNull Profession> agreedProfessions,
        @NotNull @Valid SupportPlanRequest supportPlan) {

    ConclusionService.Conclusion conclusion() {
        CaseOwner owner = supportPlan.caseOwner();
        return new ConclusionService.Conclusion(workAbilityEstimate, agreedProfessions, supportPlan.goals(),
                supportPlan.recommendations().stream().map(r -> new ConclusionService.Recommendation(r.service(),
                        r.responsibleOrganisation(), r.targetDate(), r.justification(), r.providerOrganisation()))
                        .toList(), supportPlan.followUpDate(), new AgreedCaseOwner(owner.name(), owner.organisation(),
                        owner.role(), owner.professionalId()));
    }

    /** The work-ability support plan (työkyvyn tuen suunnitelma). */
    public record SupportPlanRequest(
            @Schema(description = "The client's goals, in the client's own words")
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 2000) String> goals,
            @Schema(description = "Onward services; supported-employment coaching issues a coaching referral")
            @NotNull @Size(max = 50) List<@Valid @NotNull Recommendation> recommendations,
            @NotNull LocalDate followUpDate,
            @Schema(description = "The case owner agreed on with the client")
            @NotNull @Valid CaseOwner caseOwner) {
    }

    @Schema(name = "ServiceRecommendationRequest")
    public record Recommendation(
            @NotNull ServiceType service,
            @Schema(description = "The organisation responsible for arranging the service")
            @NotBlank @Size(max = 200) String responsibleOrganisation,
            @NotNull LocalDate targetDate,
            @Schema(nullable = true) @Size(max = 2000) String justification,
            @Schema(nullable = true, description = "For supported-employment coaching: the provider's "
                    + "organisation id (business ID), when already known")
            @Size(max = 200) String providerOrganisation) {
    }

    @Schema(name = "CaseOwnerRequest")
    public record CaseOwner(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String organisation,
            @Schema(description = "The case owner's role, e.g. social welfare own worker")
            @NotBlank @Size(max = 100) String role,
            @Schema(nullable = true, description = "The agreed person's id in the case-owner service's professional "
                    + "register (`listProfessionals` there), when they are one: the case-owner service then makes "
                    + "them the case owner", implementation = String.class, format = "uuid", pattern = Ids.PATTERN)
            UUID professionalId) {
    }
}
