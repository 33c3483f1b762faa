package fi.polku.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The identity code travels in a POST body, never in a URL. */
public record IdentityCodeQuery(
        @Schema(description = IdentityCodeSchema.DESCRIPTION, pattern = IdentityCodeSchema.PATTERN, minLength = 11,
                maxLength = 11)
        @NotBlank @IdentityCode String identityCode,
        @Schema(description = "Only when the client's record must be opened at the front desk (intake workers): why,"
                + " in a sentence. Opens intake's data to the caller for a short while, as its own basis"
                + " (INTAKE_LOOKUP) in the client's access log; without it the answer only names the client.")
        @Size(min = 10, max = 500) String intakeReason) {
}
