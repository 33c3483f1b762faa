package fi.polku.coaching.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.Job;
import fi.polku.coaching.domain.JobEntry;

public record JobRequest(
        @Schema(description = "EMPLOYMENT (default) or WORK_TRIAL; follow-along contacts are scheduled for"
                + " employment") Job.Kind kind,
        @NotBlank @Size(max = 200) String employerName,
        @Schema(description = "The employer's business ID (Y-tunnus), when it has one")
        @Pattern(regexp = "^\\d{7}-\\d$", message = "must be a Finnish business ID (Y-tunnus) 1234567-8") String employerBusinessId,
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "The occupation (e.g. an ISCO title), used for job diversity (item 19)")
        @NotBlank @Size(max = 200) String occupation,
        @NotNull LocalDate startDate,
        @NotNull @DecimalMin("0.5") @DecimalMax("80.0") BigDecimal hoursPerWeek,
        @Schema(description = "Open to anyone, not reserved for people with reduced work ability")
        @NotNull Boolean openLabourMarket,
        @Schema(description = "Permanent rather than fixed-term") @NotNull Boolean permanent,
        @Schema(description = "Paid at least the wage of the sector's collective agreement")
        @NotNull Boolean wageAtLeastCollectiveAgreement) {

    public JobEntry entry() {
        return new JobEntry(kind, employerName.strip(), employerBusinessId, title.strip(), occupation.strip(),
                startDate, hoursPerWeek, openLabourMarket, permanent, wageAtLeastCollectiveAgreement);
    }
}
