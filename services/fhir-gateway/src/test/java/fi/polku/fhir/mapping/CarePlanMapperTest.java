package fi.polku.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.junit.jupiter.api.Test;

import fi.polku.client.assessment.model.ActivationPlanView;
import fi.polku.client.assessment.model.ImplementationPlanView;
import fi.polku.client.assessment.model.PlannedService;
import fi.polku.client.assessment.model.ServiceType;
import fi.polku.testkit.fhir.FhirValidation;

class CarePlanMapperTest {

    private final CarePlanMapper mapper = new CarePlanMapper();

    @Test
    void aLaterActivationPlanVersionReplacesTheEarlierAndItsServicesAreActivities() {
        UUID client = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        CarePlan current = mapper.fromActivationPlan(activation(client, plan, 2), true);
        CarePlan earlier = mapper.fromActivationPlan(activation(client, plan, 1), false);

        assertThat(FhirValidation.errors(current)).isEmpty();
        assertThat(FhirValidation.errors(earlier)).isEmpty();
        assertThat(current.getStatus()).isEqualTo(CarePlanStatus.ACTIVE);
        assertThat(earlier.getStatus()).isEqualTo(CarePlanStatus.REVOKED);
        assertThat(current.getReplacesFirstRep().getReference()).isEqualTo("CarePlan/" + earlier.getIdElement().getIdPart());
        assertThat(earlier.hasReplaces()).isFalse();
        assertThat(current.getSubject().getReference()).isEqualTo("Patient/" + client);
        assertThat(current.getActivityFirstRep().getDetail().getCode().getCodingFirstRep().getCode())
                .isEqualTo("SUPPORTED_EMPLOYMENT_COACHING");
        assertThat(current.getIdElement().getIdPart()).isEqualTo("activation-" + client + "-2")
                .isEqualTo(CarePlanIds.id(CarePlanIds.ACTIVATION, client, 2));
        assertThat(current.getIdentifierFirstRep().getValue()).isEqualTo("urn:uuid:" + plan);
    }

    @Test
    void anImplementationPlanIsBasedOnTheActivationPlanVersionItWasDrawnUpFrom() {
        UUID client = UUID.randomUUID();
        UUID activation = UUID.randomUUID();
        CarePlan plan = mapper.fromImplementationPlan(new ImplementationPlanView().planId(UUID.randomUUID()).version(1)
                .clientId(client).activationPlanId(activation).activationPlanVersion(2).place("Lahden työpaja")
                .activityDaysPerWeek(3).goals(List.of("Säännöllinen päivärytmi")).coachingOnActivityDays(true)
                .validFrom(LocalDate.of(2026, 3, 1)).drawnUpBy("coach-1")
                .recordedAt(OffsetDateTime.parse("2026-03-01T09:00:00Z")), true);

        assertThat(FhirValidation.errors(plan)).isEmpty();
        assertThat(plan.getBasedOnFirstRep().getReference()).isEqualTo("CarePlan/activation-" + client + "-2");
        assertThat(plan.getNoteFirstRep().getText()).isEqualTo("Säännöllinen päivärytmi");
    }

    @Test
    void aLogicalIdNamesTheKindTheClientAndTheVersionAndFitsFhirsSixtyFourCharacters() {
        UUID client = UUID.randomUUID();
        String longest = CarePlanIds.id(CarePlanIds.IMPLEMENTATION, client, 999_999_999);

        assertThat(longest).hasSizeLessThanOrEqualTo(64);
        assertThat(CarePlanIds.parse(longest)).contains(
                new CarePlanIds.PlanVersion(CarePlanIds.IMPLEMENTATION, client, 999_999_999));
        assertThat(CarePlanIds.parse("activation-" + client + "-0")).isEmpty();
        assertThat(CarePlanIds.parse("support-" + client + "-1")).isEmpty();
        assertThat(CarePlanIds.parse("activation-" + client)).isEmpty();
    }

    private static ActivationPlanView activation(UUID client, UUID plan, int version) {
        return new ActivationPlanView().planId(plan).version(version).clientId(client)
                .validFrom(LocalDate.of(2026, 2, 1)).validUntil(LocalDate.of(2026, 8, 31)).parties(List.of())
                .services(List.of(new PlannedService().service(ServiceType.SUPPORTED_EMPLOYMENT_COACHING)
                        .from(LocalDate.of(2026, 2, 15)).until(LocalDate.of(2026, 8, 31)).daysPerWeek(2)))
                .agreedPossibilities(List.of()).recordedAt(OffsetDateTime.parse("2026-02-01T09:00:00Z"));
    }
}
