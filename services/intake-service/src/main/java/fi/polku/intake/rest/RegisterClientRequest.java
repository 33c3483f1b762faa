package fi.polku.intake.rest;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public class RegisterClientRequest extends ClientDetails {

    @Schema(description = "Personal identity code (henkilötunnus) DDMMYYCZZZQ; stored encrypted, never returned",
            examples = "010190-123A")
    @NotBlank
    public String identityCode;
}
