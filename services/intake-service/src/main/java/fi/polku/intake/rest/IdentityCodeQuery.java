package fi.polku.intake.rest;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The identity code travels in a POST body, never in a URL. */
public record IdentityCodeQuery(
        @Schema(description = IdentityCodeSchema.DESCRIPTION, pattern = IdentityCodeSchema.PATTERN, minLength = 11,
                maxLength = 11)
        @NotBlank @IdentityCode String identityCode) {
}
