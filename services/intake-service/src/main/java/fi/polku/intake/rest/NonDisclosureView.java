package fi.polku.intake.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.NonDisclosureSource;

@Schema(description = "The client's non-disclosure order (turvakielto) as intake recorded it")
public record NonDisclosureView(
        NonDisclosureSource source,
        @Schema(description = "The user id of who recorded it") String recordedBy,
        OffsetDateTime recordedAt) {

    static NonDisclosureView of(Client client) {
        return client.underNonDisclosure() ? new NonDisclosureView(client.nonDisclosureSource,
                client.nonDisclosureRecordedBy, client.nonDisclosureRecordedAt) : null;
    }
}
