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
        Situation paused = new Situation(ActivityStatus.PAUSED, PAUSED, true, null, null, null, null);
        assertThat(RehabilitationRules.flags(paused, LocalDate.of(2025, 4, 10))).isEmpty();
        assertThat(RehabilitationRules.flags(paused, LocalDate.of(2025, 4, 11))).extracting(Flag::code)
                .containsExactly(RehabilitationRules.PAUSE_OVER_ONE_MONTH);
    }

    @Test
    void noPauseFlagWithoutAnOngoingWorkTrialOrOnceTheActivityEnded() {
        assertThat(RehabilitationRules.flags(new Situation(ActivityStatus.PAUSED, PAUSED, false, null, null, null,
                null), LocalDate.of(2025, 6, 1))).isEmpty();
        assertThat(RehabilitationRules.flags(new Situation(ActivityStatus.ENDED, null, true, null, null, null,
                null), LocalDate.of(2025, 6, 1))).isEmpty();
    }

    @Test
    void aWorkTrialAlongsideTheActivityNeedsTwoValidPayingStatements() {
        LocalDate today = LocalDate.of(2025, 5, 5);
        Situation both = new Situation(ActivityStatus.ACTIVE, null, true, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31));
        assertThat(RehabilitationRules.flags(both, today)).isEmpty();

        Situation trialStatementMissing = new Situation(ActivityStatus.ACTIVE, null, true, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, null);
        assertThat(RehabilitationRules.flags(trialStatementMissing, today)).singleElement().satisfies(flag -> {
            assertThat(flag.code()).isEqualTo(RehabilitationRules.PAYING_STATEMENT_MISSING);
            assertThat(flag.message()).contains("work trial").doesNotContain("rehabilitative work activity,");
        });

        Situation activityStatementExpired = new Situation(ActivityStatus.ACTIVE, null, true,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1), null);
        assertThat(RehabilitationRules.flags(activityStatementExpired, today)).extracting(Flag::message)
                .singleElement().asString().contains("rehabilitative work activity");
    }
}
