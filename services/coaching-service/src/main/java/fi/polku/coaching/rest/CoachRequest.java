package fi.polku.coaching.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.CoachRegistration;

public record CoachRequest(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "The coach's subject in the provider's tokens, when known")
        @Size(max = 200) String userId,
        @Schema(description = "Share of a full-time position, 0.1–1.0, at most 2 decimals", multipleOf = 0.01)
        @NotNull @DecimalMin("0.1") @DecimalMax("1.0") @Digits(integer = 1, fraction = 2) BigDecimal fullTimeShare,
        @Schema(description = "Most clients at once; default the fidelity anchor of item 1 scaled by the full-time"
                + " share (20 for a full-time coach, 10 for a 0.5 coach); a value given here is the provider's own"
                + " limit, and item 1 shows the clients per full-time coach either way")
        @Min(1) @Max(100) Integer maxCaseload,
        @Schema(description = "A provider lead may record employer contacts on a coach's behalf; default false")
        Boolean providerLead) {

    public CoachRegistration registration() {
        return new CoachRegistration(name.strip(), userId, fullTimeShare, maxCaseload,
                Boolean.TRUE.equals(providerLead));
    }
}
