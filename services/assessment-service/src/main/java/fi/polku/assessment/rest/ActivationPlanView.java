package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.ActivationPlan;
import fi.polku.assessment.domain.AgreedPossibility;
import fi.polku.assessment.domain.PlanParty;
import fi.polku.assessment.domain.ServiceType;

@Schema(requiredProperties = {"planId", "version", "clientId", "validFrom", "validUntil", "parties", "services",
    "agreedPossibilities", "changeReason", "recordedAt"})
public record ActivationPlanView(
        @Schema(description = "The plan's id, the same in all its versions") UUID planId,
        @Schema(description = "The version, from 1, as in the ETag") int version,
        UUID clientId,
        LocalDate validFrom,
        LocalDate validUntil,
        List<PlanParty> parties,
        List<Service> services,
        List<AgreedPossibility> agreedPossibilities,
        @Schema(nullable = true, description = "Why the plan changed, when told") String changeReason,
        OffsetDateTime recordedAt) {

    @Schema(name = "PlannedService", requiredProperties = {"service", "from", "until", "daysPerWeek", "durationDays"})
    public record Service(ServiceType service, LocalDate from,
            @Schema(nullable = true, description = "The last day; null when open-ended", implementation = String.class, format = "date")
            LocalDate until,
            @Schema(nullable = true, description = "Null when not agreed") Integer daysPerWeek,
            @Schema(nullable = true, description = "Length of the period in days, first and last day included; null "
                    + "when open-ended") Long durationDays) {
    }

    public static ActivationPlanView of(ActivationPlan p) {
        return new ActivationPlanView(p.planId, p.version, p.clientId, p.validFrom, p.validUntil, p.parties,
                p.services.stream().map(s -> new Service(s.service(), s.from(), s.until(), s.daysPerWeek(),
                        s.durationDays())).toList(), p.agreedPossibilities, p.changeReason, p.recordedAt);
    }
}
