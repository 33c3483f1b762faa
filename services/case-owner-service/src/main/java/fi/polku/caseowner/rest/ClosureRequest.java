package fi.polku.caseowner.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.ClosureReason;
import fi.polku.caseowner.service.ClientshipService;

public record ClosureRequest(
        @NotNull ClosureReason reason,
        @Schema(description = "Months until the follow-up contact, 1 to 3; default 2; must be absent for DECEASED")
        @Min(1) @Max(3) Integer followUpInMonths,
        @Size(max = 2000) String note,
        @Schema(description = "The client's satisfaction with the whole service package, 1-10, when asked at "
                + "closure; goes out in ClientshipClosed", nullable = true)
        @Min(1) @Max(10) Integer satisfaction,
        @Schema(description = "The client's own feedback on the service package; stays in this service",
                nullable = true)
        @Size(min = 1, max = 2000) String feedback) {

    ClientshipService.Closing closing() {
        return new ClientshipService.Closing(reason, followUpInMonths, note, satisfaction, feedback);
    }
}
