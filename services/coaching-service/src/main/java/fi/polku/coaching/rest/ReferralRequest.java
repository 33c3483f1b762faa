package fi.polku.coaching.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.ReferrerType;

public record ReferralRequest(
        @Schema(description = "The pseudonymous client id") @NotNull UUID clientId,
        @Schema(description = "The provider asked to take the client") @NotNull UUID providerId,
        @Schema(description = "The declined or cancelled referral of the client this one sends elsewhere")
        UUID previousReferralId,
        @Schema(description = "Who refers") @NotNull ReferrerType referrerType,
        @Size(max = 2000) String reason) {
}
