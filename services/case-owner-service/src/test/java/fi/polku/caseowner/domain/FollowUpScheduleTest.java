package fi.polku.caseowner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fi.polku.platform.problem.ProblemException;

class FollowUpScheduleTest {

    private final LocalDate closedOn = LocalDate.of(2026, 1, 31);

    @Test
    void defaultsToTwoMonths() {
        assertThat(FollowUpSchedule.dueDate(closedOn, ClosureReason.STUDIES, null)).contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void acceptsOneToThreeMonths() {
        assertThat(FollowUpSchedule.dueDate(closedOn, ClosureReason.PENSION, 1)).contains(LocalDate.of(2026, 2, 28));
        assertThat(FollowUpSchedule.dueDate(closedOn, ClosureReason.PENSION, 3)).contains(LocalDate.of(2026, 4, 30));
        assertThatThrownBy(() -> FollowUpSchedule.dueDate(closedOn, ClosureReason.PENSION, 0))
                .isInstanceOf(ProblemException.class).hasMessageContaining("1 invalid field");
        assertThatThrownBy(() -> FollowUpSchedule.dueDate(closedOn, ClosureReason.PENSION, 4))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void noFollowUpForADeceasedClient() {
        assertThat(FollowUpSchedule.dueDate(closedOn, ClosureReason.DECEASED, null)).isEmpty();
        assertThatThrownBy(() -> FollowUpSchedule.dueDate(closedOn, ClosureReason.DECEASED, 2))
                .isInstanceOf(ProblemException.class);
    }
}
