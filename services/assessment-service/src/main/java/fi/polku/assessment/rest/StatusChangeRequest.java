package fi.polku.assessment.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record StatusChangeRequest(
        @NotNull Target status,
        @Schema(nullable = true, description = "Why, e.g. for a cancellation") @Size(max = 2000) String reason) {

    @Schema(name = "StatusChangeTarget", description = "IN_PROGRESS when the team starts, CANCELLED, or "
            + "CLIENT_DID_NOT_ATTEND")
    public enum Target {
        IN_PROGRESS,
        CANCELLED,
        CLIENT_DID_NOT_ATTEND
    }
}
