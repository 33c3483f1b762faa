package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.ImplementationPlan;

@Schema(requiredProperties = {"planId", "version", "clientId", "activationPlanId", "activationPlanVersion", "place",
    "activityDaysPerWeek", "goals", "coachingOnActivityDays", "coachingSessionsPerWeek", "validFrom", "validUntil",
    "drawnUpBy", "recordedAt"})
public record ImplementationPlanView(
        @Schema(description = "The plan's id, the same in all its versions") UUID planId,
        @Schema(description = "The version, from 1, as in the ETag") int version,
        UUID clientId,
        @Schema(description = "The activation plan it was drawn up from") UUID activationPlanId,
        @Schema(description = "The activation plan's version it was drawn up from") int activationPlanVersion,
        String place, int activityDaysPerWeek, List<String> goals, boolean coachingOnActivityDays,
        @Schema(nullable = true, description = "Null when not agreed") Integer coachingSessionsPerWeek,
        LocalDate validFrom,
        @Schema(nullable = true, description = "Null when open-ended", implementation = String.class, format = "date")
        LocalDate validUntil,
        String drawnUpBy, OffsetDateTime recordedAt) {

    public static ImplementationPlanView of(ImplementationPlan p) {
        return new ImplementationPlanView(p.planId, p.version, p.clientId, p.activationPlanId,
                p.activationPlanVersion, p.place, p.activityDaysPerWeek, p.goals, p.coachingOnActivityDays,
                p.coachingSessionsPerWeek, p.validFrom, p.validUntil, p.drawnUpBy, p.recordedAt);
    }
}
