package fi.polku.intake.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record IntakeQueueEntry(
        UUID clientId,
        String firstName,
        String lastName,
        String municipalityCode,
        @Schema(description = "When the client was registered: the start of the wait") OffsetDateTime waitingSince,
        @Schema(description = "Whole days waited so far") long waitingDays,
        @Schema(description = "Time waited so far as an ISO 8601 duration", examples = "PT50H30M")
        String waitingTime) {
}
