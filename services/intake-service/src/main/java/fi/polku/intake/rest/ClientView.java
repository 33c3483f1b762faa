package fi.polku.intake.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.ClientGroup;
import fi.polku.intake.domain.JobSeekerRegistration;

/** A client as the API shows it: never the identity code itself. */
public record ClientView(
        UUID id,
        String firstName,
        String lastName,
        LocalDate birthDate,
        @Schema(description = "The identity code is a temporary one (individual number 900-999)")
        boolean temporaryIdentityCode,
        String municipalityCode,
        String preferredLanguage,
        @Schema(nullable = true, description = "Absent when not given") String phone,
        @Schema(nullable = true, format = "email", description = "Absent when not given") String email,
        @Schema(nullable = true, description = "Null when not recorded") ClientGroup clientGroup,
        @Schema(nullable = true, description = "Null when not recorded") JobSeekerRegistration jobSeekerRegistration,
        OffsetDateTime registeredAt,
        OffsetDateTime updatedAt,
        @Schema(description = "The client has a non-disclosure order for personal safety (turvakielto): the"
                + " municipality and contact details shown here stay in intake")
        boolean nonDisclosure,
        @Schema(nullable = true, description = "The order, while it holds; absent otherwise")
        NonDisclosureView nonDisclosureOrder,
        @Schema(description = "The version, as in the ETag") long version) {

    public static ClientView of(Client client) {
        return new ClientView(client.id, client.firstName, client.lastName, client.birthDate,
                client.temporaryIdentityCode, client.municipalityCode, client.preferredLanguage, client.phone,
                client.email, client.clientGroup, client.jobSeekerRegistration, client.registeredAt,
                client.updatedAt, client.underNonDisclosure(), NonDisclosureView.of(client), client.version);
    }
}
