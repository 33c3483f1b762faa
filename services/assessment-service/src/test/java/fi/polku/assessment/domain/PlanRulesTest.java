package fi.polku.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.problem.ProblemException;

class PlanRulesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);
    private static final List<PlanParty> CLIENT_AND_OWN_WORKER = List.of(new PlanParty(PartyRole.CLIENT, null, null),
            new PlanParty(PartyRole.SOCIAL_WELFARE_OWN_WORKER, "Oona Omatyöntekijä", "Orimattila"),
            new PlanParty(PartyRole.TE_SERVICES, "Teemu Työvoimaneuvoja", "Hämeen TE-toimisto"));

    private static ProblemException rejection(Runnable check) {
        try {
            check.run();
        } catch (ProblemException e) {
            return e;
        }
        throw new AssertionError("expected a rejection");
    }

    @Test
    void theSocialWelfareOwnWorkerIsAlwaysAParty() {
        ProblemException e = rejection(() -> PlanRules.checkActivationPlan(FROM, UNTIL,
                List.of(new PlanParty(PartyRole.CLIENT, null, null),
                        new PlanParty(PartyRole.MUNICIPAL_EMPLOYMENT_OWN_COACH, "Kalle", "Orimattila")), List.of()));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.toProblem(null).violations()).extracting("field").containsExactly("parties");
    }

    /**
     * "Kuntouttavan työtoiminnan järjestäminen perustuu aktivointisuunnitelmaan, jonka työ- ja elinkeinotoimiston
     * sekä kunnan sosiaalihuollon viranomaiset laativat asiakkaan kanssa." (seed 003 §2.9) and "Omatyöntekijä on aina
     * mukana aktivointisuunnitelman laadinta- ja päivittämistilaisuuksissa asiakkaan sekä kuntakokeilun
     * omavalmentajan kanssa." (§2.6)
     */
    @Test
    void theEmploymentAuthoritySocialWelfareAndTheClientDrawUpThePlan() {
        PlanParty client = new PlanParty(PartyRole.CLIENT, null, null);
        PlanParty ownWorker = new PlanParty(PartyRole.SOCIAL_WELFARE_OWN_WORKER, "Oona", "Orimattila");
        ProblemException e = rejection(() -> PlanRules.checkActivationPlan(FROM, UNTIL, List.of(client, ownWorker,
                new PlanParty(PartyRole.JOB_COACH, "Jaana", "Valmennus Oy")), List.of()));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.toProblem(null).violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("parties");
            assertThat(v.message()).contains("employment authority");
        });
        assertThatCode(() -> PlanRules.checkActivationPlan(FROM, UNTIL, List.of(client, ownWorker,
                new PlanParty(PartyRole.MUNICIPAL_EMPLOYMENT_OWN_COACH, "Oskari", "Kuntakokeilu")), List.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> PlanRules.checkActivationPlan(FROM, UNTIL, CLIENT_AND_OWN_WORKER, List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void aWorkTrialMustHaveItsDurationRecorded() {
        ProblemException e = rejection(() -> PlanRules.checkActivationPlan(FROM, UNTIL, CLIENT_AND_OWN_WORKER,
                List.of(new PlannedService(ServiceType.REHABILITATIVE_WORK_ACTIVITY, FROM, null, 4),
                        new PlannedService(ServiceType.WORK_TRIAL, FROM.plusMonths(2), null, 3))));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.toProblem(null).violations()).extracting("field").containsExactly("services[1].until");
        assertThat(new PlannedService(ServiceType.WORK_TRIAL, FROM, FROM.plusDays(29), 3).durationDays())
                .isEqualTo(30);
    }

    @Test
    void periodsRunForwards() {
        ProblemException e = rejection(() -> PlanRules.checkActivationPlan(UNTIL, FROM, CLIENT_AND_OWN_WORKER,
                List.of(new PlannedService(ServiceType.JOB_COACHING, UNTIL, FROM, null))));
        assertThat(e.toProblem(null).violations()).extracting("field")
                .containsExactly("validUntil", "services[0].until");
    }

    private static ActivationPlan plan(List<PlannedService> services, List<AgreedPossibility> possibilities) {
        ActivationPlan plan = new ActivationPlan();
        plan.planId = UUID.randomUUID();
        plan.version = 2;
        plan.validFrom = FROM;
        plan.validUntil = UNTIL;
        plan.services = services;
        plan.agreedPossibilities = possibilities;
        return plan;
    }

    @Test
    void anImplementationPlanNeedsTheCurrentActivationPlanWithRehabilitativeWorkActivity() {
        ActivationPlan current = plan(List.of(new PlannedService(ServiceType.REHABILITATIVE_WORK_ACTIVITY, FROM,
                UNTIL, 4)), List.of(AgreedPossibility.SUPPORTED_EMPLOYMENT_COACHING));
        assertThatCode(() -> PlanRules.checkImplementationBasis(Optional.of(current), current.planId,
                FROM.plusDays(10), true)).doesNotThrowAnyException();

        assertThatThrownBy(() -> PlanRules.checkImplementationBasis(Optional.empty(), current.planId, FROM, false))
                .hasMessageContaining("no activation plan");
        assertThatThrownBy(() -> PlanRules.checkImplementationBasis(Optional.of(current), UUID.randomUUID(), FROM,
                false)).hasMessageContaining("not the client's activation plan");
        assertThatThrownBy(() -> PlanRules.checkImplementationBasis(Optional.of(current), current.planId,
                UNTIL.plusDays(1), false)).hasMessageContaining("not current");
        ActivationPlan withoutActivity = plan(List.of(new PlannedService(ServiceType.JOB_COACHING, FROM, UNTIL,
                null)), List.of());
        assertThatThrownBy(() -> PlanRules.checkImplementationBasis(Optional.of(withoutActivity),
                withoutActivity.planId, FROM, false)).hasMessageContaining("rehabilitative work activity");
    }

    @Test
    void coachingOnActivityDaysNeedsCoachingInTheActivationPlan() {
        ActivationPlan noCoaching = plan(List.of(new PlannedService(ServiceType.REHABILITATIVE_WORK_ACTIVITY, FROM,
                UNTIL, 4)), List.of(AgreedPossibility.WORK_TRIAL));
        assertThatThrownBy(() -> PlanRules.checkImplementationBasis(Optional.of(noCoaching), noCoaching.planId, FROM,
                true)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.toProblem(null).violations())
                        .extracting("field").containsExactly("coachingOnActivityDays"));
    }
}
