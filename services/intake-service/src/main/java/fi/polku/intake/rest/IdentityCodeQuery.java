package fi.polku.intake.rest;

import jakarta.validation.constraints.NotBlank;

/** The identity code travels in a POST body, never in a URL. */
public record IdentityCodeQuery(@NotBlank String identityCode) {
}
