package fi.polku.intake.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client matching a search by name and birth date: the id and the least that tells the matches apart. */
public record NameSearchMatch(
        UUID clientId,
        @Schema(description = "Statistics Finland municipality code") String municipalityCode,
        @Schema(description = "The day (Finnish time) the client was registered") LocalDate registeredOn,
        @Schema(description = "The client has a temporary identity code") boolean temporaryIdentityCode) {
}
