package fi.polku.assessment.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.StatusChangeTarget;

public record StatusChangeRequest(
        @NotNull StatusChangeTarget status,
        @Schema(nullable = true, description = "Why, e.g. for a cancellation") @Size(max = 2000) String reason) {
}
