package fi.polku.coaching.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CoachChangeRequest(
        @Schema(description = "The coach of the same provider who takes the episode over") @NotNull UUID coachId,
        @Schema(description = "Why the coach changes, e.g. the coach left or the client asked for another")
        @NotBlank @Size(max = 1000) String reason) {
}
