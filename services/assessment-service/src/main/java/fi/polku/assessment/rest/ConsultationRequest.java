package fi.polku.assessment.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ConsultationRequest(
        @Schema(description = "The consulted unit, e.g. specialised care's rehabilitation research unit")
        @NotBlank @Size(max = 200) String consultedUnit,
        @NotBlank @Size(max = 8000) String question,
        @NotNull LocalDate askedOn,
        @Schema(description = "The specialist's answer, once received") @Size(max = 8000) String answer,
        @Schema(description = "Required with an answer") LocalDate answeredOn) {
}
