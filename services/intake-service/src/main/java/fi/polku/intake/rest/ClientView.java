package fi.polku.intake.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.intake.domain.Client;

/** A client as the API shows it: never the identity code itself. */
public record ClientView(
        UUID id,
        String firstName,
        String lastName,
        LocalDate birthDate,
        boolean temporaryIdentityCode,
        String municipalityCode,
        String preferredLanguage,
        String phone,
        String email,
        OffsetDateTime registeredAt,
        OffsetDateTime updatedAt,
        long version) {

    public static ClientView of(Client client) {
        return new ClientView(client.id, client.firstName, client.lastName, client.birthDate,
                client.temporaryIdentityCode, client.municipalityCode, client.preferredLanguage, client.phone,
                client.email, client.registeredAt, client.updatedAt, client.version);
    }
}
