package fi.polku.coaching.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReferralAcceptance(
        @Schema(description = "The provider's coach who takes the client; must be under their caseload limit")
        @NotNull UUID coachId) {
}
