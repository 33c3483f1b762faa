package fi.polku.intake.rest;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public class RegisterClientRequest extends ClientDetails {

    @Schema(description = IdentityCodeSchema.DESCRIPTION + " Stored encrypted, never returned.",
            pattern = IdentityCodeSchema.PATTERN, minLength = 11, maxLength = 11)
    @NotBlank
    @IdentityCode
    public String identityCode;
}
