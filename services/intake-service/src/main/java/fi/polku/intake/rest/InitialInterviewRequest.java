package fi.polku.intake.rest;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.InterviewTopic;
import fi.polku.intake.service.InitialInterviewService;

public record InitialInterviewRequest(
        @Schema(description = "Day of the interview (Finnish time); not in the future")
        @NotNull LocalDate interviewDate,
        @Schema(description = "The professional who held the interview") @NotBlank @Size(max = 200)
        String professionalName,
        @Schema(description = "The professional's organisation identifier, " + OrganisationSchema.RULE
                + "; defaults to the caller's organisation", pattern = OrganisationSchema.PATTERN, nullable = true)
        @Size(max = 100) @OrganisationId String professionalOrganisation,
        @NotEmpty Set<@NotNull InterviewTopic> topics,
        @NotBlank @Size(max = 4000) String summary,
        @Schema(description = "The client's own goal, in their own words") @NotBlank @Size(max = 2000)
        String clientGoal,
        @Schema(description = "When the interview was held as pair work (vastinparityöskentely): the other "
                + "professional's login subject; not the caller's own. Left out when held alone", nullable = true)
        @Size(min = 1, max = 200) String pairWorkPartnerUserId,
        @Schema(description = "The pair-work partner's organisation identifier, " + OrganisationSchema.RULE
                + ". Conditional: only with pairWorkPartnerUserId; defaults to the caller's organisation",
                pattern = OrganisationSchema.PATTERN, nullable = true)
        @Size(max = 100) @OrganisationId String pairWorkPartnerOrganisation) {
    InitialInterviewService.Interview interview() {
        return new InitialInterviewService.Interview(interviewDate, professionalName, professionalOrganisation, topics,
                summary, clientGoal, pairWorkPartnerUserId, pairWorkPartnerOrganisation);
    }
}
