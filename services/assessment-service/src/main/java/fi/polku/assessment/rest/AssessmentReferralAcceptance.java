package fi.polku.assessment.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AssessmentReferralAcceptance(
        @Schema(description = "The team's appointment with the client; the assessment is scheduled for it")
        @NotNull OffsetDateTime appointmentAt) {
}
