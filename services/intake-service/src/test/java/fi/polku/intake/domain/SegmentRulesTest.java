package fi.polku.intake.domain;

import static fi.polku.intake.domain.Motivation.AMBIVALENT;
import static fi.polku.intake.domain.Motivation.MOTIVATED;
import static fi.polku.intake.domain.Motivation.NOT_MOTIVATED;
import static fi.polku.intake.domain.Segment.EMPLOYMENT_SERVICES_DIRECTLY;
import static fi.polku.intake.domain.Segment.GUIDANCE_ONLY;
import static fi.polku.intake.domain.Segment.SOCIAL_SERVICES_FIRST;
import static fi.polku.intake.domain.Segment.WORK_ABILITY_TEAM_ASSESSMENT;
import static fi.polku.intake.domain.Signal.MISSING_UPPER_SECONDARY_EDUCATION;
import static fi.polku.intake.domain.Signal.NEEDS_SEVERAL_SERVICES;
import static fi.polku.intake.domain.Signal.PARTIAL_WORK_ABILITY;
import static fi.polku.intake.domain.Signal.REPEATED_OR_LONG_TERM_UNEMPLOYMENT;
import static fi.polku.intake.domain.Signal.UNASSESSED_HEALTH_PROBLEMS;
import static fi.polku.intake.domain.Signal.UNCLEAR_OVERALL_SITUATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SegmentRulesTest {

    /** The three client profiles of the pilot (seed 003, KUVIO 1-3), read as an intake worker would screen them. */
    @Nested
    class PilotProfiles {

        /**
         * Samuli, 29: left working life because of anxiety and depression, treated at the psychiatric outpatient
         * clinic (so the health problem is assessed) and supported by social rehabilitation; has a vocational
         * qualification (datanomi); out of work for years; needs the own worker, rehabilitative work activity and
         * mental-health care at once; "motivaatio ja halu etenemiseen on".
         */
        @Test
        void samuliGoesToTheWorkAbilityTeam() {
            SegmentDecision decision = SegmentRules.derive(
                    Set.of(PARTIAL_WORK_ABILITY, REPEATED_OR_LONG_TERM_UNEMPLOYMENT, NEEDS_SEVERAL_SERVICES), 30,
                    MOTIVATED);
            assertThat(decision.segment()).isEqualTo(WORK_ABILITY_TEAM_ASSESSMENT);
            assertThat(decision.rule()).isEqualTo("R2");
            assertThat(decision.decisiveSignals()).containsExactly(PARTIAL_WORK_ABILITY, NEEDS_SEVERAL_SERVICES);
        }

        /**
         * Sirpa, 51: merkonomi (so no missing education), no paid work since 1993 and work trials that led nowhere,
         * no health problem named; lonely and in need of clarity about her future; was directed from the municipal
         * employment experiment to social welfare's service needs assessment, then to rehabilitative work activity
         * with her own worker and own coach.
         */
        @Test
        void sirpaGoesToSocialServicesFirst() {
            SegmentDecision decision = SegmentRules.derive(
                    Set.of(UNCLEAR_OVERALL_SITUATION, NEEDS_SEVERAL_SERVICES), 360, MOTIVATED);
            assertThat(decision.segment()).isEqualTo(SOCIAL_SERVICES_FIRST);
            assertThat(decision.rule()).isEqualTo("R3");
            assertThat(decision.signals()).containsExactly(REPEATED_OR_LONG_TERM_UNEMPLOYMENT,
                    UNCLEAR_OVERALL_SITUATION, NEEDS_SEVERAL_SERVICES);
            assertThat(decision.decisiveSignals()).containsExactly(UNCLEAR_OVERALL_SITUATION, NEEDS_SEVERAL_SERVICES);
        }

        /**
         * Jarmo, 57: good health, no studies after comprehensive school, seasonal jobs with long unemployment and
         * the last couple of years unemployed; skills exist, what he lacks is support in reaching employers;
         * "motivaatio ja halu työllistymiseen on".
         */
        @Test
        void jarmoGoesToEmploymentServicesDirectly() {
            SegmentDecision decision = SegmentRules.derive(Set.of(MISSING_UPPER_SECONDARY_EDUCATION), 24, MOTIVATED);
            assertThat(decision.segment()).isEqualTo(EMPLOYMENT_SERVICES_DIRECTLY);
            assertThat(decision.rule()).isEqualTo("R5");
            assertThat(decision.decisiveSignals()).containsExactly(REPEATED_OR_LONG_TERM_UNEMPLOYMENT,
                    MISSING_UPPER_SECONDARY_EDUCATION);
        }
    }

    @Test
    void unassessedHealthProblemsGoToTheTeamWhateverElseHolds() {
        for (Motivation motivation : Motivation.values()) {
            SegmentDecision decision = SegmentRules.derive(EnumSet.allOf(Signal.class), 0, motivation);
            assertThat(decision.segment()).isEqualTo(WORK_ABILITY_TEAM_ASSESSMENT);
            assertThat(decision.rule()).isEqualTo("R1");
            assertThat(decision.decisiveSignals()).containsExactly(PARTIAL_WORK_ABILITY, UNASSESSED_HEALTH_PROBLEMS);
        }
        assertThat(SegmentRules.derive(Set.of(UNASSESSED_HEALTH_PROBLEMS), 0, NOT_MOTIVATED).decisiveSignals())
                .containsExactly(UNASSESSED_HEALTH_PROBLEMS);
    }

    @Test
    void partialWorkAbilityWithAnUnclearSituationGoesToTheTeam() {
        SegmentDecision decision = SegmentRules.derive(Set.of(PARTIAL_WORK_ABILITY, UNCLEAR_OVERALL_SITUATION), 3,
                AMBIVALENT);
        assertThat(decision.segment()).isEqualTo(WORK_ABILITY_TEAM_ASSESSMENT);
        assertThat(decision.rule()).isEqualTo("R2");
    }

    @Test
    void aKnownPartialWorkAbilityAloneGoesToEmploymentServicesWhenMotivated() {
        assertThat(SegmentRules.derive(Set.of(PARTIAL_WORK_ABILITY), 0, AMBIVALENT).segment())
                .isEqualTo(EMPLOYMENT_SERVICES_DIRECTLY);
        SegmentDecision unmotivated = SegmentRules.derive(Set.of(PARTIAL_WORK_ABILITY), 0, NOT_MOTIVATED);
        assertThat(unmotivated.segment()).isEqualTo(SOCIAL_SERVICES_FIRST);
        assertThat(unmotivated.rule()).isEqualTo("R4");
    }

    @Test
    void severalServicesWithoutAWorkAbilityQuestionGoToSocialServicesEvenWhenMotivated() {
        SegmentDecision decision = SegmentRules.derive(Set.of(NEEDS_SEVERAL_SERVICES), 0, MOTIVATED);
        assertThat(decision.segment()).isEqualTo(SOCIAL_SERVICES_FIRST);
        assertThat(decision.decisiveSignals()).containsExactly(NEEDS_SEVERAL_SERVICES);
    }

    @Test
    void twelveMonthsUnemployedIsLongTermUnemploymentElevenIsNot() {
        SegmentDecision eleven = SegmentRules.derive(Set.of(), 11, MOTIVATED);
        assertThat(eleven.segment()).isEqualTo(GUIDANCE_ONLY);
        assertThat(eleven.signals()).isEmpty();
        SegmentDecision twelve = SegmentRules.derive(Set.of(), 12, MOTIVATED);
        assertThat(twelve.segment()).isEqualTo(EMPLOYMENT_SERVICES_DIRECTLY);
        assertThat(twelve.signals()).containsExactly(REPEATED_OR_LONG_TERM_UNEMPLOYMENT);
    }

    @Test
    void repeatedUnemploymentPeriodsCountEvenWithFewMonths() {
        SegmentDecision decision = SegmentRules.derive(Set.of(REPEATED_OR_LONG_TERM_UNEMPLOYMENT), 2, NOT_MOTIVATED);
        assertThat(decision.segment()).isEqualTo(SOCIAL_SERVICES_FIRST);
        assertThat(decision.rule()).isEqualTo("R4");
    }

    @ParameterizedTest
    @EnumSource(Motivation.class)
    void withoutSignalsTheClientGetsGuidanceOnly(Motivation motivation) {
        SegmentDecision decision = SegmentRules.derive(List.of(), 0, motivation);
        assertThat(decision.segment()).isEqualTo(GUIDANCE_ONLY);
        assertThat(decision.rule()).isEqualTo("R6");
        assertThat(decision.decisiveSignals()).isEmpty();
    }

    @Test
    void theSameInputAlwaysGivesTheSameDecision() {
        List<Signal> shuffled = List.of(NEEDS_SEVERAL_SERVICES, PARTIAL_WORK_ABILITY, MISSING_UPPER_SECONDARY_EDUCATION);
        SegmentDecision first = SegmentRules.derive(shuffled, 20, MOTIVATED);
        SegmentDecision second = SegmentRules.derive(List.of(MISSING_UPPER_SECONDARY_EDUCATION, PARTIAL_WORK_ABILITY,
                NEEDS_SEVERAL_SERVICES), 20, MOTIVATED);
        assertThat(second).isEqualTo(first);
        assertThat(first.signals()).containsExactly(PARTIAL_WORK_ABILITY, REPEATED_OR_LONG_TERM_UNEMPLOYMENT,
                MISSING_UPPER_SECONDARY_EDUCATION, NEEDS_SEVERAL_SERVICES);
    }

    @Test
    void everyRuleOfTheDocumentedTableIsReachable() {
        Set<String> rules = new java.util.TreeSet<>();
        List<Signal> all = List.of(Signal.values());
        for (int mask = 0; mask < 1 << all.size(); mask++) {
            Set<Signal> signals = EnumSet.noneOf(Signal.class);
            for (int i = 0; i < all.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    signals.add(all.get(i));
                }
            }
            for (Motivation motivation : Motivation.values()) {
                rules.add(SegmentRules.derive(signals, 0, motivation).rule());
            }
        }
        assertThat(rules).containsExactly("R1", "R2", "R3", "R4", "R5", "R6");
        assertThat(SegmentRules.RULE_TABLE).contains("| R1 |", "| R6 |");
    }
}
