package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fi.polku.coaching.domain.RehabilitationRules.ActivityStatus;
import fi.polku.coaching.domain.RehabilitationRules.Flag;
import fi.polku.coaching.domain.RehabilitationRules.Situation;

class RehabilitationRulesTest {

    private static final LocalDate PAUSED = LocalDate.of(2025, 3, 10);

    @Test
    void aPauseForAWorkTrialMayLastOneMonth() {
        Situation paused = new Situation(ActivityStatus.PAUSED, 0, PAUSED, true, null, null, null, null);
        assertThat(RehabilitationRules.flags(paused, LocalDate.of(2025, 4, 10))).isEmpty();
        assertThat(RehabilitationRules.flags(paused, LocalDate.of(2025, 4, 11))).extracting(Flag::code)
                .containsExactly(RehabilitationRules.PAUSE_OVER_ONE_MONTH);
    }

    @Test
    void noPauseFlagWithoutAnOngoingWorkTrialOrOnceTheActivityEnded() {
        assertThat(RehabilitationRules.flags(new Situation(ActivityStatus.PAUSED, 0, PAUSED, false, null, null, null,
                null), LocalDate.of(2025, 6, 1))).isEmpty();
        assertThat(RehabilitationRules.flags(new Situation(ActivityStatus.ENDED, null, null, true, null, null, null,
                null), LocalDate.of(2025, 6, 1))).isEmpty();
    }

    @Test
    void aWorkTrialAlongsideTheActivityNeedsTwoValidPayingStatements() {
        LocalDate today = LocalDate.of(2025, 5, 5);
        Situation both = new Situation(ActivityStatus.ACTIVE, 2, null, true, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31));
        assertThat(RehabilitationRules.flags(both, today)).isEmpty();

        Situation trialStatementMissing = new Situation(ActivityStatus.ACTIVE, 2, null, true, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, null);
        assertThat(RehabilitationRules.flags(trialStatementMissing, today)).singleElement().satisfies(flag -> {
            assertThat(flag.code()).isEqualTo(RehabilitationRules.PAYING_STATEMENT_MISSING);
            assertThat(flag.message()).contains("work trial").doesNotContain("rehabilitative work activity,");
        });

        Situation activityStatementExpired = new Situation(ActivityStatus.ACTIVE, 2, null, true,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1), null);
        assertThat(RehabilitationRules.flags(activityStatementExpired, today)).extracting(Flag::message)
                .singleElement().asString().contains("rehabilitative work activity");
    }

    /**
     * 003: "Asiakas voi myös siirtyä työkokeiluun esimerkiksi 3 päivää viikossa ja samanaikaisesti jatkaa
     * kuntouttavassa työtoiminnassa 1-2 päivää viikkoa kohden."
     */
    @Test
    void alongsideAWorkTrialTheActivityRunsOneOrTwoDaysAWeek() {
        LocalDate today = LocalDate.of(2025, 5, 5);
        for (int days : new int[] {0, 3, 4}) {
            Situation tooMany = new Situation(ActivityStatus.ACTIVE, days, null, true, LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31));
            assertThat(RehabilitationRules.flags(tooMany, today)).extracting(Flag::code)
                    .containsExactly(RehabilitationRules.ACTIVITY_DAYS_ALONGSIDE_TRIAL);
        }
        Situation noTrial = new Situation(ActivityStatus.ACTIVE, 4, null, false, null, null, null, null);
        assertThat(RehabilitationRules.flags(noTrial, today)).isEmpty();
    }
}
