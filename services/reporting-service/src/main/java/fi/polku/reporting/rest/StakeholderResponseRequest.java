package fi.polku.reporting.rest;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.reporting.domain.StakeholderResponse;

@Schema(description = "One stakeholder group's answers: a group interview (as the pilot held them) or one person's form")
public record StakeholderResponseRequest(
        @NotNull @Schema(required = true, description = "A group code of the questionnaire") String stakeholderGroup,
        @NotNull @Min(1) @Max(100) @Schema(required = true, description = "How many people took part")
        Integer participants,
        @NotNull @PastOrPresent @Schema(required = true, description = "When the interview was held or the form filled in")
        LocalDate heldOn,
        @NotNull @Size(max = 50) @Schema(required = true, description = "Yes (true) or no (false) by yes/no question id;"
                + " a question left out was not answered")
        Map<String, @NotNull Boolean> answers,
        @Size(max = 20) @Schema(description = "Free-text answers by open question id; kept, never reported")
        Map<String, @NotBlank @Size(max = 4000) String> openFeedback) {

    StakeholderResponse toResponse() {
        return new StakeholderResponse(stakeholderGroup, participants, heldOn, answers,
                openFeedback == null ? Map.of() : openFeedback);
    }
}
