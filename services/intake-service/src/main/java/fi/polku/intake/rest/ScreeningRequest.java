package fi.polku.intake.rest;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.Motivation;
import fi.polku.intake.domain.Segment;
import fi.polku.intake.domain.Signal;
import fi.polku.intake.service.ScreeningService;

public record ScreeningRequest(
        @Schema(description = "The target-group signals that hold for the client; empty when none does")
        @NotNull Set<@NotNull Signal> signals,
        @Schema(description = "Months unemployed in all; 12 or more adds REPEATED_OR_LONG_TERM_UNEMPLOYMENT")
        @NotNull @Min(0) @Max(600) Integer monthsUnemployed,
        @Schema(description = "The client's own motivation and will to work") @NotNull Motivation motivation,
        @Schema(description = "A professional's choice of segment instead of the derived one. Conditional: requires "
                + "overrideReason, and must differ from the derived segment (else 422)", nullable = true)
        Segment overrideSegment,
        @Schema(description = "Why the derived segment was overridden. Conditional: required (not blank) with "
                + "overrideSegment, and only with it", nullable = true)
        @Size(max = 2000) String overrideReason,
        @Schema(nullable = true) @Size(max = 4000) String notes) {
    ScreeningService.Findings findings() {
        return new ScreeningService.Findings(signals, monthsUnemployed, motivation, overrideSegment, overrideReason,
                notes);
    }
}
