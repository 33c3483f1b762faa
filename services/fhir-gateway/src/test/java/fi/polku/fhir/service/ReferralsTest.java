package fi.polku.fhir.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

import fi.polku.client.coaching.model.ReferralStatus;
import fi.polku.client.coaching.model.ReferralView;
import fi.polku.client.coaching.model.StatusChangeView;
import fi.polku.fhir.mapping.Referral;
import fi.polku.fhir.mapping.ReferralMapper;
import fi.polku.testkit.fhir.FhirValidation;

/** A coaching referral's own closed-loop status, as coaching answers it, is where its Task stands. */
class ReferralsTest {

    private static final OffsetDateTime REQUESTED = OffsetDateTime.parse("2026-03-01T09:00:00Z");
    private static final OffsetDateTime ACCEPTED = OffsetDateTime.parse("2026-03-03T09:00:00Z");
    private static final OffsetDateTime STARTED = OffsetDateTime.parse("2026-03-05T09:00:00Z");

    private final ReferralMapper mapper = new ReferralMapper();

    @Test
    void anAcceptedReferralWhoseCoachingBeganIsAnInProgressTaskFromTheMoveThatBeganIt() {
        ReferralView view = referral(ReferralStatus.IN_PROGRESS, STARTED, List.of(
                move(ReferralStatus.REQUESTED, REQUESTED), move(ReferralStatus.ACCEPTED, ACCEPTED),
                move(ReferralStatus.IN_PROGRESS, STARTED)));

        Referral referral = Referrals.toCoaching(view);
        Task task = mapper.toTask(referral);

        assertThat(FhirValidation.errors(task)).isEmpty();
        assertThat(referral.id()).isEqualTo("coaching-referral-" + view.getId());
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.INPROGRESS);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("IN_PROGRESS");
        assertThat(task.getExecutionPeriod().getStartElement().getValue()).isEqualTo(STARTED.toInstant());
        assertThat(task.getExecutionPeriod().hasEnd()).isFalse();
        assertThat(task.getOwner().getIdentifier().getValue()).isEqualTo("urn:uuid:" + view.getProviderId());
    }

    @Test
    void aDeclinedReferralIsARejectedTaskThatEndedWhenTheProviderAnswered() {
        ReferralView view = referral(ReferralStatus.DECLINED, ACCEPTED, List.of(
                move(ReferralStatus.REQUESTED, REQUESTED), move(ReferralStatus.DECLINED, ACCEPTED)));

        Task task = mapper.toTask(Referrals.toCoaching(view));

        assertThat(FhirValidation.errors(task)).isEmpty();
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REJECTED);
        assertThat(task.getExecutionPeriod().hasStart()).isFalse();
        assertThat(task.getExecutionPeriod().getEndElement().getValue()).isEqualTo(ACCEPTED.toInstant());
    }

    @Test
    void aReferralAwaitingTheProvidersAnswerIsARequestedTask() {
        ReferralView view = referral(ReferralStatus.REQUESTED, REQUESTED,
                List.of(move(ReferralStatus.REQUESTED, REQUESTED)));

        Task task = mapper.toTask(Referrals.toCoaching(view));

        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(task.getExecutionPeriod().isEmpty()).isTrue();
    }

    private static ReferralView referral(ReferralStatus status, OffsetDateTime changedAt,
            List<StatusChangeView> history) {
        return new ReferralView().id(UUID.randomUUID()).clientId(UUID.randomUUID()).episodeId(UUID.randomUUID())
                .providerId(UUID.randomUUID()).status(status).requestedAt(REQUESTED).statusChangedAt(changedAt)
                .history(history).version(1L);
    }

    private static StatusChangeView move(ReferralStatus status, OffsetDateTime at) {
        return new StatusChangeView().status(status).changedBy("sub-1").changedAt(at);
    }
}
