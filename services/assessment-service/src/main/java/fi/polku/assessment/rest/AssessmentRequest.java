package fi.polku.assessment.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AssessmentRequest(
        @Schema(description = "The pseudonymous client id from intake") @NotNull UUID clientId,
        @NotNull UUID teamId,
        @NotNull OffsetDateTime appointmentAt,
        @Schema(description = "The reason for referral to the work-ability team")
        @NotBlank @Size(max = 4000) String reason) {
}
