package fi.polku.reporting.rest;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.reporting.domain.StakeholderQuestionnaire;
import fi.polku.reporting.domain.StakeholderResponse;

@Schema(description = "A recorded stakeholder response; it names no one")
public record StakeholderResponseView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String questionnaireId,
        @Schema(required = true) int questionnaireVersion,
        @Schema(required = true) String stakeholderGroup,
        @Schema(required = true) int participants,
        @Schema(required = true) LocalDate heldOn,
        @Schema(required = true) Map<String, Boolean> answers,
        @Schema(required = true) Map<String, String> openFeedback) {

    static StakeholderResponseView of(UUID id, StakeholderQuestionnaire questionnaire, StakeholderResponse response) {
        return new StakeholderResponseView(id, questionnaire.id(), questionnaire.version(), response.group(),
                response.participants(), response.heldOn(), response.answers(), response.openFeedback());
    }
}
