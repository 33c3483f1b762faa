package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.ActivationPlan;
import fi.polku.assessment.domain.AgreedPossibility;
import fi.polku.assessment.domain.PartyRole;
import fi.polku.assessment.domain.PlanParty;
import fi.polku.assessment.domain.PlannedService;
import fi.polku.assessment.domain.ServiceType;

/** A new version of the client's activation plan; the whole plan is sent each time. */
public record ActivationPlanRequest(
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil,
        @Schema(description = "Who drew up the plan: the client and the social welfare own worker always")
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Party> parties,
        @Schema(description = "Services agreed, each with its period; a work trial needs its end date (duration)")
        @NotNull @Size(max = 30) List<@Valid @NotNull Service> services,
        @Schema(description = "Possibilities agreed in advance, so later transitions need no new plan")
        @NotNull @Size(max = 10) List<@NotNull AgreedPossibility> agreedPossibilities,
        @Schema(nullable = true, description = "Why the plan changed, e.g. a work trial starts")
        @Size(max = 2000) String changeReason) {

    ActivationPlan.Content content() {
        return new ActivationPlan.Content(validFrom, validUntil,
                parties.stream().map(p -> new PlanParty(p.role(), p.name(), p.organisation())).toList(),
                services.stream().map(s -> new PlannedService(s.service(), s.from(), s.until(), s.daysPerWeek()))
                        .toList(), agreedPossibilities, changeReason);
    }

    @Schema(name = "PlanPartyRequest")
    public record Party(
            @NotNull PartyRole role,
            @Schema(nullable = true, description = "The professional's name; leave out for the client")
            @Size(max = 200) String name,
            @Schema(nullable = true) @Size(max = 200) String organisation) {
    }

    @Schema(name = "PlannedServiceRequest")
    public record Service(
            @NotNull ServiceType service,
            @NotNull LocalDate from,
            @Schema(nullable = true, description = "The last day; required for a work trial", implementation = String.class, format = "date")
            LocalDate until,
            @Schema(nullable = true) @Min(1) @Max(5) Integer daysPerWeek) {
    }
}
