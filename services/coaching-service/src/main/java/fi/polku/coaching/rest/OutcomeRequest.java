package fi.polku.coaching.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.Outcome;

public record OutcomeRequest(
        @NotNull Outcome outcome,
        @Schema(description = "The client's satisfaction with coaching, 1–10, if they gave it")
        @Min(1) @Max(10) Integer satisfaction) {
}
