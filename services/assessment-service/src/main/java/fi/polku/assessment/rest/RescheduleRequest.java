package fi.polku.assessment.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RescheduleRequest(
        @NotNull OffsetDateTime appointmentAt,
        @Schema(nullable = true, description = "Why the appointment moved") @Size(max = 2000) String reason) {
}
