package fi.polku.coaching.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.ContractTerms;
import fi.polku.coaching.domain.Outcome;

public record ContractRequest(
        @Schema(description = "The procuring ELY centre, e.g. Hämeen ELY-keskus")
        @NotBlank @Size(max = 200) String elyCentre,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil,
        @Schema(description = "aloituspalkkio, euros (at most 2 decimals): earned when coaching starts",
                multipleOf = 0.01, maximum = "99999999.99")
        @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal startFee,
        @Schema(description = "ohjauspalkkio, euros (at most 2 decimals): earned by the guidance outcomes",
                multipleOf = 0.01, maximum = "99999999.99")
        @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal guidanceFee,
        @Schema(description = "tulospalkkio, euros (at most 2 decimals): earned by the result outcomes",
                multipleOf = 0.01, maximum = "99999999.99")
        @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal resultFee,
        @Schema(description = "Outcomes that earn the guidance fee; default: work trial, TE services,"
                + " pay-subsidised work, studies, rehabilitation, sick leave, pension")
        Set<@NotNull Outcome> guidanceOutcomes,
        @Schema(description = "Outcomes that earn the result fee (employment in the open labour market); default:"
                + " paid work. An outcome in both lists earns the result fee")
        Set<@NotNull Outcome> resultOutcomes) {

    public ContractTerms terms() {
        return new ContractTerms(elyCentre.strip(), validFrom, validUntil, startFee, guidanceFee, resultFee,
                guidanceOutcomes, resultOutcomes);
    }
}
