package fi.polku.coaching.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.ReferrerType;

public record EpisodeRequest(
        @Schema(description = "The pseudonymous client id") @NotNull UUID clientId,
        @Schema(description = "The provider to refer to; when left out, a coach's own provider, or else the"
                + " contracted provider with the most free places")
        UUID providerId,
        @Schema(description = "Who referred: anyone may (zero exclusion), the client too")
        @NotNull ReferrerType referrerType,
        @Size(max = 2000) String reason) {
}
