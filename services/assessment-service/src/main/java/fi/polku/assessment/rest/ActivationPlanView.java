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

public record ActivationPlanView(
        UUID planId,
        int version,
        UUID clientId,
        LocalDate validFrom,
        LocalDate validUntil,
        List<PlanParty> parties,
        List<Service> services,
        List<AgreedPossibility> agreedPossibilities,
        String changeReason,
        OffsetDateTime recordedAt) {

    public record Service(ServiceType service, LocalDate from, LocalDate until, Integer daysPerWeek,
            @Schema(description = "Length of the period in days, first and last day included") Long durationDays) {
    }

    public static ActivationPlanView of(ActivationPlan p) {
        return new ActivationPlanView(p.planId, p.version, p.clientId, p.validFrom, p.validUntil, p.parties,
                p.services.stream().map(s -> new Service(s.service(), s.from(), s.until(), s.daysPerWeek(),
                        s.durationDays())).toList(), p.agreedPossibilities, p.changeReason, p.recordedAt);
    }
}
