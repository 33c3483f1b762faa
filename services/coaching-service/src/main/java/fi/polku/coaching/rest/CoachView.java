package fi.polku.coaching.rest;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.Coach;

public record CoachView(UUID id, UUID providerId, String name,
        @Schema(nullable = true) String userId, BigDecimal fullTimeShare,
        int maxCaseload, @Schema(description = "Active coaching episodes assigned to the coach") long activeCaseload,
        @Schema(description = "May record employer contacts on a coach's behalf") boolean providerLead,
        long version) {

    public static CoachView of(Coach coach, long activeCaseload) {
        return new CoachView(coach.id, coach.providerId, coach.name, coach.userId, coach.fullTimeShare,
                coach.maxCaseload, activeCaseload, coach.providerLead, coach.version);
    }
}
