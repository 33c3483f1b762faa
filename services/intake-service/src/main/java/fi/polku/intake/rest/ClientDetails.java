package fi.polku.intake.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.ClientGroup;
import fi.polku.intake.domain.JobSeekerRegistration;

/** The changeable details of a client: the body of an update, and part of a registration. */
public class ClientDetails {

    @NotBlank
    @Size(max = 100)
    public String firstName;

    @NotBlank
    @Size(max = 100)
    public String lastName;

    @Schema(description = "Statistics Finland municipality code, three digits", examples = "091")
    @NotBlank
    @Pattern(regexp = "^\\d{3}$", message = "must be a three-digit municipality code")
    public String municipalityCode;

    @Schema(description = "ISO 639-1 language code: fi, sv, en or another", examples = "fi")
    @NotBlank
    @Pattern(regexp = "^[a-z]{2}$", message = "must be an ISO 639-1 language code")
    public String preferredLanguage;

    @Schema(description = "Phone number, 6 to 15 digits, optionally starting with +", examples = "+358401234567")
    @Pattern(regexp = "^\\+?[0-9]{6,15}$", message = "must be 6 to 15 digits, optionally starting with +")
    public String phone;

    @Schema(format = "email", description = "E-mail address")
    @Email
    @Size(max = 254)
    public String email;

    @Schema(description = "How the person came to intake: a new client seeking services, a person outside services "
            + "or a client already in services. Null when not recorded", nullable = true)
    public ClientGroup clientGroup;

    @Schema(description = "Whether the person is registered as a job seeker at the TE office or at the municipal "
            + "employment services, or not at all. Null when not recorded", nullable = true)
    public JobSeekerRegistration jobSeekerRegistration;

    Client.Details details() {
        return new Client.Details(firstName, lastName, municipalityCode, preferredLanguage, phone, email, clientGroup,
                jobSeekerRegistration);
    }
}
