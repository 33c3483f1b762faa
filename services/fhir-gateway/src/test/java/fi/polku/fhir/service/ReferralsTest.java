package fi.polku.fhir.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.polku.client.assessment.model.AssessmentReferralStatus;
import fi.polku.client.assessment.model.AssessmentReferralView;
import fi.polku.client.assessment.model.AssessmentView;
import fi.polku.client.assessment.model.ReferralStatusChangeView;
import fi.polku.client.coaching.model.ReferralStatus;
import fi.polku.client.coaching.model.ReferralView;
import fi.polku.client.coaching.model.StatusChangeView;
import fi.polku.fhir.mapping.Referral;
import fi.polku.fhir.mapping.ReferralMapper;
import fi.polku.testkit.fhir.FhirValidation;

/**
 * A referral's own closed-loop status, as coaching (to a provider) or assessment (a case owner's to a team) answers
 * it, is where its Task stands.
 */
class ReferralsTest {

    private static final OffsetDateTime REQUESTED = OffsetDateTime.parse("2026-03-01T09:00:00Z");
    private static final OffsetDateTime ACCEPTED = OffsetDateTime.parse("2026-03-03T09:00:00Z");
    private static final OffsetDateTime STARTED = OffsetDateTime.parse("2026-03-05T09:00:00Z");
    private static final OffsetDateTime ENDED = OffsetDateTime.parse("2026-03-20T09:00:00Z");

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

    @ParameterizedTest
    @CsvSource({"REQUESTED, REQUESTED", "ACCEPTED, ACCEPTED", "DECLINED, REJECTED", "IN_PROGRESS, INPROGRESS",
        "COMPLETED, COMPLETED", "CANCELLED, CANCELLED"})
    void aCaseOwnersReferralToATeamIsATaskInItsOwnStatus(AssessmentReferralStatus status, Task.TaskStatus task) {
        AssessmentReferralView view = teamReferral(status);

        Referral referral = Referrals.toTeam(view, Optional.empty());
        Task mapped = mapper.toTask(referral);
        ServiceRequest order = mapper.toServiceRequest(referral);

        assertThat(FhirValidation.errors(mapped)).isEmpty();
        assertThat(FhirValidation.errors(order)).isEmpty();
        assertThat(referral.id()).isEqualTo("assessment-referral-" + view.getId()).hasSizeLessThanOrEqualTo(64);
        assertThat(mapped.getStatus()).isEqualTo(task);
        assertThat(mapped.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo(status.getValue());
        assertThat(mapped.getOwner().getIdentifier().getValue()).isEqualTo("urn:uuid:" + view.getTeamId());
        assertThat(order.getCode().getCodingFirstRep().getCode()).isEqualTo("WORK_ABILITY_TEAM_ASSESSMENT");
        assertThat(order.getSubject().getReference()).isEqualTo("Patient/" + view.getClientId());
    }

    @Test
    void anAcceptedTeamReferralIsForTheAppointmentOfTheAssessmentItScheduled() {
        AssessmentReferralView view = teamReferral(AssessmentReferralStatus.ACCEPTED);
        OffsetDateTime appointment = OffsetDateTime.parse("2026-03-12T10:00:00Z");

        Referral referral = Referrals.toTeam(view, Optional.of(new AssessmentView().id(view.getAssessmentId())
                .clientId(view.getClientId()).appointmentAt(appointment)));
        ServiceRequest order = mapper.toServiceRequest(referral);

        assertThat(FhirValidation.errors(order)).isEmpty();
        assertThat(order.getOccurrenceDateTimeType().getValue()).isEqualTo(appointment.toInstant());
        assertThat(order.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
    }

    @Test
    void aDeclinedTeamReferralTellsWhyAndEndedWhenTheTeamAnswered() {
        AssessmentReferralView view = teamReferral(AssessmentReferralStatus.DECLINED)
                .reasonCode(AssessmentReferralView.ReasonCodeEnum.NO_CAPACITY);

        Task task = mapper.toTask(Referrals.toTeam(view, Optional.empty()));

        assertThat(FhirValidation.errors(task)).isEmpty();
        assertThat(task.getStatusReason().getCodingFirstRep().getCode()).isEqualTo("NO_CAPACITY");
        assertThat(task.getExecutionPeriod().getEndElement().getValue()).isEqualTo(ACCEPTED.toInstant());
        assertThat(task.getExecutionPeriod().hasStart()).isFalse();
    }

    /** A referral that has moved to {@code status} (through acceptance and a start where the status needs them). */
    private static AssessmentReferralView teamReferral(AssessmentReferralStatus status) {
        List<ReferralStatusChangeView> history = new ArrayList<>(
                List.of(teamMove(AssessmentReferralStatus.REQUESTED, REQUESTED)));
        if (status == AssessmentReferralStatus.IN_PROGRESS || status == AssessmentReferralStatus.COMPLETED) {
            history.add(teamMove(AssessmentReferralStatus.ACCEPTED, ACCEPTED));
            history.add(teamMove(AssessmentReferralStatus.IN_PROGRESS, STARTED));
        }
        if (status != AssessmentReferralStatus.REQUESTED && status != AssessmentReferralStatus.IN_PROGRESS) {
            history.add(teamMove(status, status == AssessmentReferralStatus.COMPLETED ? ENDED : ACCEPTED));
        }
        boolean accepted = status != AssessmentReferralStatus.REQUESTED && status != AssessmentReferralStatus.DECLINED;
        return new AssessmentReferralView().id(UUID.randomUUID()).clientId(UUID.randomUUID()).teamId(UUID.randomUUID())
                .status(status).requestedAt(REQUESTED).statusChangedAt(history.get(history.size() - 1).getChangedAt())
                .assessmentId(accepted ? UUID.randomUUID() : null).sentBy("case-owner-1").history(history).version(1L);
    }

    private static ReferralStatusChangeView teamMove(AssessmentReferralStatus status, OffsetDateTime at) {
        return new ReferralStatusChangeView().status(status).changedBy("sub-1").changedAt(at);
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
