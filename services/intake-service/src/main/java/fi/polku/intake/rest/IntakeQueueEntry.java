package fi.polku.intake.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.Client;
import fi.polku.intake.service.IntakeQueueService;

public record IntakeQueueEntry(
        UUID clientId,
        String firstName,
        String lastName,
        String municipalityCode,
        @Schema(description = "When the client was registered: the start of the wait") OffsetDateTime waitingSince,
        @Schema(description = "Whole days waited so far") long waitingDays,
        @Schema(description = "Time waited so far as an ISO 8601 duration", examples = "PT50H30M")
        String waitingTime) {

    static IntakeQueueEntry of(IntakeQueueService.WaitingClient waiting) {
        Client client = waiting.client();
        return new IntakeQueueEntry(client.id, client.firstName, client.lastName, client.municipalityCode,
                client.registeredAt, waiting.waited().toDays(), waiting.waited().withNanos(0).toString());
    }
}
