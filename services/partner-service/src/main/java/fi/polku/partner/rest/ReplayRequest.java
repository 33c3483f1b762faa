package fi.polku.partner.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReplayRequest(
        @Schema(description = "Events that happened at or after this moment are sent again", example = "2026-11-30T08:00:00Z")
        @NotNull OffsetDateTime since) {
}
