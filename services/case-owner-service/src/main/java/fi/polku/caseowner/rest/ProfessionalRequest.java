package fi.polku.caseowner.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.InactiveReason;
import fi.polku.caseowner.domain.ProfessionalRole;
import fi.polku.caseowner.service.ProfessionalService;

public record ProfessionalRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String organisation,
        @NotNull ProfessionalRole role,
        @Schema(description = "Statistics Finland codes of the municipalities served")
        @NotEmpty @Size(max = 100)
        List<@NotNull @Pattern(regexp = "^\\d{3}$", message = "must be a three-digit municipality code") String> municipalities,
        @Schema(description = "The most clients this person can own at once")
        @NotNull @Min(1) @Max(500) Integer maxCaseload,
        @Schema(description = "False while the person is leaving or on a long absence; defaults to true")
        Boolean active,
        @Schema(description = "Why the person is inactive; required when active is false, absent otherwise")
        InactiveReason inactiveReason,
        @Schema(description = "The person's login subject (the JWT sub), so that other services can tell who has a care relationship with a client")
        @Size(min = 1, max = 200) String userId) {

    ProfessionalService.Details details() {
        return new ProfessionalService.Details(name, organisation, role, municipalities, maxCaseload, active,
                inactiveReason, userId);
    }
}
