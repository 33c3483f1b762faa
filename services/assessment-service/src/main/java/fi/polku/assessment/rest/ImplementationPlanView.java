package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fi.polku.assessment.domain.ImplementationPlan;

public record ImplementationPlanView(UUID planId, int version, UUID clientId, UUID activationPlanId,
        int activationPlanVersion, String place, int activityDaysPerWeek, List<String> goals,
        boolean coachingOnActivityDays, Integer coachingSessionsPerWeek, LocalDate validFrom, LocalDate validUntil,
        String drawnUpBy, OffsetDateTime recordedAt) {

    public static ImplementationPlanView of(ImplementationPlan p) {
        return new ImplementationPlanView(p.planId, p.version, p.clientId, p.activationPlanId,
                p.activationPlanVersion, p.place, p.activityDaysPerWeek, p.goals, p.coachingOnActivityDays,
                p.coachingSessionsPerWeek, p.validFrom, p.validUntil, p.drawnUpBy, p.recordedAt);
    }
}
