package fi.polku.assessment.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AssessmentReferralCancellation(
        @Schema(nullable = true, description = "Why the sender cancels; kept in this service only, never in an event")
        @Size(max = 2000) String note) {
}
