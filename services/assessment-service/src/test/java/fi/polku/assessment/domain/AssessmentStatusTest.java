package fi.polku.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.problem.ProblemException;

class AssessmentStatusTest {

    private final OffsetDateTime now = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    private Assessment scheduled() {
        return Assessment.schedule(UUID.randomUUID(), UUID.randomUUID(), null, now.plusDays(7), "referral", now);
    }

    @Test
    void theHappyPathRunsScheduledInProgressConcluded() {
        Assessment assessment = scheduled();
        assessment.start(now);
        assessment.conclude(WorkAbilityEstimate.PARTIALLY_ABLE_TO_WORK,
                List.of(Profession.PHYSICIAN, Profession.SOCIAL_WORKER), null, now);
        assertThat(assessment.status).isEqualTo(AssessmentStatus.CONCLUDED);
        assertThat(assessment.concludedAt).isEqualTo(now);
    }

    @Test
    void aMissedAppointmentCanBeRescheduledAndThenHeld() {
        Assessment assessment = scheduled();
        assessment.clientDidNotAttend("did not come", now);
        assessment.reschedule(now.plusDays(14), "new time agreed by phone", now);
        assertThat(assessment.status).isEqualTo(AssessmentStatus.SCHEDULED);
        assertThat(assessment.appointmentAt).isEqualTo(now.plusDays(14));
        assessment.start(now.plusDays(14));
        assertThat(assessment.status).isEqualTo(AssessmentStatus.IN_PROGRESS);
    }

    @Test
    void aConcludedOrCancelledAssessmentDoesNotChangeAgain() {
        Assessment cancelled = scheduled();
        cancelled.cancel("client moved away", now);
        assertThatThrownBy(() -> cancelled.start(now)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("CANCELLED cannot become IN_PROGRESS");
        assertThatThrownBy(() -> cancelled.reschedule(now, null, now)).isInstanceOf(ProblemException.class);
        assertThat(AssessmentStatus.CONCLUDED.next()).isEmpty();
    }

    @Test
    void anAssessmentMustBeUnderWayToConcludeAndToTakeFindings() {
        Assessment assessment = scheduled();
        assertThatThrownBy(() -> assessment.conclude(WorkAbilityEstimate.ABLE_TO_WORK, List.of(), null, now))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(assessment::requireInProgress).isInstanceOf(ProblemException.class);
        assessment.clientDidNotAttend(null, now);
        assertThatThrownBy(assessment::requireHeldOrUnderWay).isInstanceOf(ProblemException.class);
    }
}
