package fi.polku.caseowner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.caseowner.domain.ActivationPlanBasis.Period;
import fi.polku.caseowner.domain.ActivationPlanBasis.Plan;
import fi.polku.caseowner.domain.ActivationPlanBasis.Start;
import fi.polku.platform.gaps.GapRule;

/**
 * Seed 003 §4.2: "Ennen tuetun työhönvalmennuksen aloittamista asiakkaan aktivointisuunnitelma tuli päivittää."
 * "Pilotin edetessä havaittiin, että aktivointisuunnitelmaan kannattaisi mahdollisimman laajasti kirjata jo
 * etukäteen mahdollisuus työhönvalmennukseen liittyvään työkokeiluun ja muihin TE-palveluihin." On moving to a work
 * trial: "aktivointisuunnitelma tulee päivittää ja kirjata siihen työkokeilun kesto".
 */
class ActivationPlanBasisTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 5);
    private static final Period REHABILITATIVE_WORK = new Period("REHABILITATIVE_WORK_ACTIVITY", null);

    private static Plan plan(Set<String> possibilities, List<Period> services) {
        return new Plan(2, LocalDate.of(2026, 12, 31), possibilities, services);
    }

    @Test
    void coachingIsRecordedAsAServiceOrAsAPossibilityAgreedInAdvance() {
        assertThat(ActivationPlanBasis.missing(plan(Set.of(), List.of(REHABILITATIVE_WORK,
                new Period("SUPPORTED_EMPLOYMENT_COACHING", LocalDate.of(2026, 11, 30)))),
                Start.SUPPORTED_EMPLOYMENT_COACHING, START)).isEmpty();
        assertThat(ActivationPlanBasis.missing(plan(Set.of("SUPPORTED_EMPLOYMENT_COACHING"),
                List.of(REHABILITATIVE_WORK)), Start.SUPPORTED_EMPLOYMENT_COACHING, START)).isEmpty();
        assertThat(ActivationPlanBasis.missing(plan(Set.of("WORK_TRIAL"), List.of(REHABILITATIVE_WORK)),
                Start.SUPPORTED_EMPLOYMENT_COACHING, START))
                .contains("the activation plan (version 2) does not record supported-employment coaching");
    }

    @Test
    void aWorkTrialIsRecordedInAdvanceOrWithAPeriodReachingItsStart() {
        assertThat(ActivationPlanBasis.missing(plan(Set.of("WORK_TRIAL"), List.of()), Start.WORK_TRIAL, START))
                .isEmpty();
        assertThat(ActivationPlanBasis.missing(plan(Set.of(), List.of(new Period("WORK_TRIAL", START.plusDays(59)))),
                Start.WORK_TRIAL, START)).isEmpty();
        assertThat(ActivationPlanBasis.missing(plan(Set.of(), List.of(new Period("WORK_TRIAL", START.minusDays(1)))),
                Start.WORK_TRIAL, START)).contains("the activation plan (version 2) does not record a work trial");
    }

    @Test
    void noPlanOrAPlanThatEndedBeforeTheStartRecordsNothing() {
        assertThat(ActivationPlanBasis.missing(null, Start.WORK_TRIAL, START))
                .contains("the client has no activation plan recording a work trial");
        Plan ended = new Plan(3, START.minusDays(1), Set.of("SUPPORTED_EMPLOYMENT_COACHING"), List.of());
        assertThat(ActivationPlanBasis.missing(ended, Start.SUPPORTED_EMPLOYMENT_COACHING, START))
                .contains("the activation plan (version 3) ended on 2026-09-04, before the start");
    }

    @Test
    void theGapWatchFlagsTheStartToTheCaseOwnerSinceItStarted() {
        OffsetDateTime now = OffsetDateTime.of(2026, 9, 15, 12, 0, 0, 0, ZoneOffset.UTC);
        UUID ownerId = UUID.randomUUID();
        OffsetDateTime startedAt = START.atTime(9, 0).atOffset(ZoneOffset.UTC);
        ClientSituation client = new ClientSituation(UUID.randomUUID(), true,
                new ClientSituation.Owner(ownerId, true, null, 5, 10, now.minusDays(40)), null, now.minusDays(1),
                List.of(), null, List.of(), List.of(), List.of(new ClientSituation.StartToRecord(
                        Start.SUPPORTED_EMPLOYMENT_COACHING, "ep-1", START, startedAt)),
                plan(Set.of(), List.of(REHABILITATIVE_WORK)));
        assertThat(new GapWatch(30).gapsOf(client, now)).singleElement().satisfies(gap -> {
            assertThat(gap.rule()).isEqualTo(GapRule.COACHING_WITHOUT_ACTIVATION_PLAN);
            assertThat(gap.since()).isEqualTo(startedAt);
            assertThat(gap.days()).isEqualTo(10);
            assertThat(gap.caseOwnerProfessionalId()).isEqualTo(ownerId);
            assertThat(gap.detail()).isEqualTo("supported employment coaching ep-1 started on 2026-09-05: the "
                    + "activation plan (version 2) does not record supported-employment coaching");
        });
    }
}
