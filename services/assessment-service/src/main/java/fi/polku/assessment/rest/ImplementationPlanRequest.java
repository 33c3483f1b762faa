package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.ImplementationPlan;

/** A new version of the implementation plan for rehabilitative work activity. */
public record ImplementationPlanRequest(
        @Schema(description = "The client's current activation plan this plan is drawn up from")
        @NotNull UUID activationPlanId,
        @Schema(description = "Where the activity takes place, e.g. the workshop") @NotBlank @Size(max = 300) String place,
        @NotNull @Min(1) @Max(5) Integer activityDaysPerWeek,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 2000) String> goals,
        @Schema(description = "Whether the client meets the job coach on activity days")
        @NotNull Boolean coachingOnActivityDays,
        @Schema(nullable = true) @Min(0) @Max(7) Integer coachingSessionsPerWeek,
        @NotNull LocalDate validFrom,
        @Schema(nullable = true, description = "Not before validFrom; leave out when open-ended",
                implementation = String.class, format = "date") LocalDate validUntil,
        @Schema(description = "The rehabilitative work activity's social instructor who drew up the plan with the client")
        @NotBlank @Size(max = 200) String drawnUpBy) {

    ImplementationPlan.Content content() {
        return new ImplementationPlan.Content(activationPlanId, place, activityDaysPerWeek, goals,
                coachingOnActivityDays, coachingSessionsPerWeek, validFrom, validUntil, drawnUpBy);
    }
}
