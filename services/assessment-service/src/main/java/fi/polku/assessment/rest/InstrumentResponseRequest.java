package fi.polku.assessment.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record InstrumentResponseRequest(
        @Schema(description = "Instrument id, e.g. kykyviisari or professional-observation", examples = "kykyviisari")
        @NotBlank @Size(max = 100) String instrument,
        @Schema(nullable = true, description = "Instrument version; the newest when omitted") @Min(1)
        Integer instrumentVersion,
        @Schema(description = "The day the answers describe; one response per instrument and day")
        @NotNull @PastOrPresent LocalDate timePoint,
        @Schema(description = "Answer per item id of the instrument definition")
        @NotNull @Size(max = 500) Map<String, BigDecimal> answers) {
}
