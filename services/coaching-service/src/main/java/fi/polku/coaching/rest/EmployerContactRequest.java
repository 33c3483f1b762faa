package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.EmployerContactEntry;

public record EmployerContactRequest(
        @NotBlank @Size(max = 200) String employerName,
        @Schema(description = "The employer's business ID (Y-tunnus), when it has one")
        @Pattern(regexp = "^\\d{7}-\\d$", message = "must be a Finnish business ID (Y-tunnus) 1234567-8") String employerBusinessId,
        @NotNull LocalDate date,
        @NotNull Boolean faceToFace,
        @Schema(description = "The pseudonymous ids of the clients the contact was for; each must be in coaching"
                + " with the coach's provider")
        @NotNull @Size(max = 50) List<@NotNull UUID> clientIds,
        @Schema(description = "True when the contact came from the clients' preferences and strengths rather than an"
                + " open vacancy (item 16)")
        @NotNull Boolean basedOnClientPreferences,
        @NotBlank @Size(max = 1000) String purpose) {

    public EmployerContactEntry entry() {
        return new EmployerContactEntry(employerName.strip(), employerBusinessId, date, faceToFace,
                clientIds.stream().distinct().toList(), basedOnClientPreferences, purpose.strip());
    }
}
