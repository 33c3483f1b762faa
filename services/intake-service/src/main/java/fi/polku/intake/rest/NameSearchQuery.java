package fi.polku.intake.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A search by name and birth date travels in a POST body, so that none of it is in a URL or an access log line. */
public record NameSearchQuery(
        @Schema(description = "First name, compared without regard to case") @NotBlank @Size(max = 100)
        String firstName,
        @Schema(description = "Last name, compared without regard to case") @NotBlank @Size(max = 100)
        String lastName,
        @NotNull @PastOrPresent LocalDate birthDate) {
}
