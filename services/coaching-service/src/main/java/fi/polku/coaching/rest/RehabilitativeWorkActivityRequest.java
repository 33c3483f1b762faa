package fi.polku.coaching.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.RehabilitationRules;
import fi.polku.coaching.domain.RehabilitativeWorkActivity;

public record RehabilitativeWorkActivityRequest(
        @Schema(description = "Days a week in rehabilitative work activity while coaching")
        @NotNull @Min(0) @Max(5) Integer daysPerWeek,
        @NotNull RehabilitationRules.ActivityStatus status,
        @Schema(description = "Since when the activity is paused for a work trial (status PAUSED)")
        LocalDate pausedFrom,
        @Schema(description = "Validity of the paying statement for rehabilitative work activity")
        LocalDate activityStatementFrom,
        LocalDate activityStatementUntil,
        @Schema(description = "Validity of the paying statement for the work trial")
        LocalDate workTrialStatementFrom,
        LocalDate workTrialStatementUntil) {

    public RehabilitativeWorkActivity activity() {
        return new RehabilitativeWorkActivity(daysPerWeek, status, pausedFrom, activityStatementFrom,
                activityStatementUntil, workTrialStatementFrom, workTrialStatementUntil);
    }
}
