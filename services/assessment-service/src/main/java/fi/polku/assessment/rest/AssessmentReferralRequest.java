package fi.polku.assessment.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AssessmentReferralRequest(
        @Schema(description = "The pseudonymous client id from intake") @NotNull UUID clientId,
        @Schema(description = "The work-ability team asked to assess the client; its active members answer")
        @NotNull UUID teamId,
        @Schema(description = "Why the client needs the team's assessment; kept in this service, never in an event")
        @NotBlank @Size(max = 4000) String reason) {
}
