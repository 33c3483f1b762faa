package fi.polku.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReadinessSummaryTest {

    /**
     * LIITE 7 lists "kuntouttavan työtoiminnan nivelvaihe lähellä tai / pitkä periodi kuntouttavassa
     * työtoiminnassa" as one sign with two alternatives: fifteen signs, seven of them about timeliness.
     */
    @Test
    void theChecklistHasFifteenSignsInGroupsOfFourSevenAndFour() {
        assertThat(ReadinessSign.values()).hasSize(15);
        assertThat(Arrays.stream(ReadinessSign.values()).filter(s -> s.group() == ReadinessGroup.MOTIVATION))
                .hasSize(4);
        assertThat(Arrays.stream(ReadinessSign.values()).filter(s -> s.group() == ReadinessGroup.TIMELINESS))
                .hasSize(7);
        assertThat(Arrays.stream(ReadinessSign.values()).filter(s -> s.group() == ReadinessGroup.LIFE_SITUATION))
                .hasSize(4);
        assertThat(ReadinessSign.IN_WORKSHOPS_WITHOUT_WALLS.description())
                .isEqualTo("mukana seinättömien pajojen työtoiminnassa");
    }

    @Test
    void countsEachGroupAndTheWholeWithMissingSignsUnknown() {
        ReadinessSummary summary = ReadinessSummary.of(Map.of(
                ReadinessSign.WANTS_AND_IS_READY_TO_MOVE_ON, ReadinessStatus.MET,
                ReadinessSign.POSITIVE_ATTITUDE_TO_EMPLOYMENT, ReadinessStatus.MET,
                ReadinessSign.THREE_TO_FOUR_ACTIVITY_DAYS_A_WEEK, ReadinessStatus.MET,
                ReadinessSign.STABLE_LIFE_SITUATION, ReadinessStatus.NOT_MET));
        assertThat(summary.groups().get(ReadinessGroup.MOTIVATION)).isEqualTo(new ReadinessSummary.Counts(2, 0, 2));
        assertThat(summary.groups().get(ReadinessGroup.TIMELINESS)).isEqualTo(new ReadinessSummary.Counts(1, 0, 6));
        assertThat(summary.groups().get(ReadinessGroup.LIFE_SITUATION))
                .isEqualTo(new ReadinessSummary.Counts(0, 1, 3));
        assertThat(summary.total()).isEqualTo(new ReadinessSummary.Counts(3, 1, 11));
    }
}
