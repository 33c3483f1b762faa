package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.service.ClientProgressService;

public record NextStepRequest(
        @Schema(description = "The agreed next step, e.g. 'book the work-ability team'; no identity codes or health details")
        @NotBlank @Size(max = 500) String nextStep,
        @Schema(description = "When the next step should be done") LocalDate dueDate,
        @Schema(description = "When the case owner last reached the client, if this records a contact") OffsetDateTime contactedAt) {

    ClientProgressService.NextStep command() {
        return new ClientProgressService.NextStep(nextStep, dueDate, contactedAt);
    }
}
