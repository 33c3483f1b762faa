package fi.polku.assessment.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.AssessmentDeclineReason;

public record AssessmentReferralDecline(
        @Schema(description = "Why the team declines; the code goes into the event") @NotNull
        AssessmentDeclineReason reasonCode,
        @Schema(nullable = true, description = "Free text, required for OTHER; kept in this service only, never in an "
                + "event") @Size(max = 2000) String note) {
}
