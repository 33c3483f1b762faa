package fi.polku.caseowner.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.FollowUpOutcome;
import fi.polku.caseowner.service.ClientshipService;

public record FollowUpCompletionRequest(
        @Schema(description = "NEEDS_SERVICES_AGAIN reopens the clientship, with the same case owner where possible")
        @NotNull FollowUpOutcome outcome,
        @Schema(description = "How many times contact was tried; required for COULD_NOT_REACH")
        @Min(1) @Max(50) Integer attempts,
        @Size(max = 2000) String note,
        @Schema(description = "The client's satisfaction with the whole service package, 1-10, when asked at the "
                + "contact; goes out in FollowUpCompleted", nullable = true)
        @Min(1) @Max(10) Integer satisfaction,
        @Schema(description = "The client's own feedback on the service package; stays in this service",
                nullable = true)
        @Size(min = 1, max = 2000) String feedback) {

    ClientshipService.FollowUpResult result() {
        return new ClientshipService.FollowUpResult(outcome, attempts, note, satisfaction, feedback);
    }
}
