package fi.polku.intake.rest;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.NonDisclosureSource;
import fi.polku.intake.service.ClientService;

public class RegisterClientRequest extends ClientDetails {

    @Schema(description = IdentityCodeSchema.DESCRIPTION + " Stored encrypted, never returned.",
            pattern = IdentityCodeSchema.PATTERN, minLength = 11, maxLength = 11)
    @NotBlank
    @IdentityCode
    public String identityCode;

    @Schema(description = NonDisclosureRequest.DESCRIPTION + " Absent when the client has no such order.")
    public NonDisclosureSource nonDisclosureSource;

    ClientService.Registration registration() {
        return new ClientService.Registration(identityCode, details(), nonDisclosureSource);
    }
}
