package fi.polku.assessment.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

public record InvestigationCompletion(
        @NotBlank @Size(max = 8000) String summary,
        @NotNull @PastOrPresent LocalDate completedOn) {
}
