package fi.polku.assessment.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RescheduleRequest(@NotNull OffsetDateTime appointmentAt, @Size(max = 2000) String reason) {
}
