package fi.polku.coaching.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.JobEnding;

public record JobEndRequest(
        @NotNull LocalDate endDate,
        @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "When the coach heard of the end; the contact is due within 3 working days of it."
                + " Default: the end date") LocalDate learnedOn) {

    public JobEnding ending() {
        return new JobEnding(endDate, reason.strip(), learnedOn);
    }
}
