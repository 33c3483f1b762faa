package fi.polku.assessment.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.service.FindingsService;

public record ConsultationRequest(
        @Schema(description = "The consulted unit, e.g. specialised care's rehabilitation research unit")
        @NotBlank @Size(max = 200) String consultedUnit,
        @NotBlank @Size(max = 8000) String question,
        @NotNull LocalDate askedOn,
        @Schema(nullable = true, description = "The specialist's answer, once received") @Size(max = 8000) String answer,
        @Schema(nullable = true, description = "Required with an answer; not before askedOn",
                implementation = String.class, format = "date") LocalDate answeredOn) {

    FindingsService.Question consultation() {
        return new FindingsService.Question(consultedUnit, question, askedOn, answer, answeredOn);
    }
}
