package fi.polku.intake.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MergeRequest(
        @Schema(description = "The duplicate to merge into the client of the path; its id stays as an alias")
        @NotNull UUID mergedClientId) {
}
