package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.Outcome;

public record OutcomeRequest(
        @NotNull Outcome outcome,
        @Schema(description = "When the outcome happened (not in the future, not before coaching started)")
        @NotNull LocalDate date,
        @Schema(description = "The recorded job or work trial the outcome rests on: required for PAID_WORK (a job of"
                + " kind EMPLOYMENT in the open labour market), a WORK_TRIAL job for a work trial")
        UUID jobId,
        @Schema(description = "The client's satisfaction with coaching, 1–10, if they gave it")
        @Min(1) @Max(10) Integer satisfaction) {
}
