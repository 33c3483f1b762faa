package fi.polku.assessment.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.polku.assessment.domain.AgreedPossibility;
import fi.polku.assessment.domain.Profession;
import fi.polku.assessment.domain.ServiceType;
import fi.polku.assessment.domain.WorkAbilityEstimate;

/** The data of the events this service publishes; the schemas are in {@code api-specs/events/schemas/}. */
public final class AssessmentEventData {

    private AssessmentEventData() {
    }

    public record AssessmentScheduled(UUID clientId, UUID assessmentId, UUID teamId, OffsetDateTime appointmentAt,
            OffsetDateTime scheduledAt, UUID bookingId, boolean rescheduled, List<String> teamMemberUserIds) {
    }

    public record AssessmentConcluded(UUID clientId, UUID assessmentId, WorkAbilityEstimate workAbilityEstimate,
            List<Profession> professions, OffsetDateTime concludedAt, UUID teamId, LocalDate followUpDate,
            List<ServiceType> recommendedServices) {
    }

    /** The case owner agreed in the conclusion; {@code professionalId} null when the person was not named by id. */
    public record CaseOwnerAgreed(UUID clientId, UUID assessmentId, UUID professionalId, OffsetDateTime agreedAt) {
    }

    public enum CancellationReason {
        CANCELLED,
        CLIENT_DID_NOT_ATTEND
    }

    public record AssessmentCancelled(UUID clientId, UUID assessmentId, CancellationReason reason,
            OffsetDateTime cancelledAt) {
    }

    public record ServiceRecommended(UUID clientId, UUID assessmentId, UUID recommendationId, ServiceType service,
            String responsibleOrganisation, LocalDate targetDate) {
    }

    /** Version 2 leaves out the reason: the recommendation's justification stays in the support plan. */
    public record CoachingReferralIssued(UUID clientId, UUID referralId, UUID assessmentId,
            String providerOrganisation, OffsetDateTime issuedAt, LocalDate targetDate) {

        public static final int VERSION = 2;
    }

    public record InstrumentResponsesRecorded(UUID clientId, UUID assessmentId, String instrument,
            int instrumentVersion, LocalDate timePoint, Map<String, BigDecimal> scaleScores,
            Map<String, Boolean> higherIsBetter, OffsetDateTime recordedAt) {
    }

    public record PlannedServiceData(ServiceType service, LocalDate from, LocalDate until, Long durationDays) {
    }

    public record ActivationPlanUpdated(UUID clientId, UUID planId, int version, LocalDate validFrom,
            LocalDate validUntil, List<AgreedPossibility> agreedPossibilities, OffsetDateTime updatedAt,
            List<PlannedServiceData> services) {
    }

    public record ImplementationPlanUpdated(UUID clientId, UUID planId, UUID activationPlanId,
            int activityDaysPerWeek, OffsetDateTime updatedAt, int version, int activationPlanVersion,
            boolean coachingOnActivityDays, LocalDate validFrom, LocalDate validUntil) {
    }

    /** A case owner's referral to a work-ability team moved; ids, codes and dates only (notes stay in the database). */
    public record AssessmentReferralStatusChanged(UUID referralId, UUID clientId, UUID teamId, UUID assessmentId,
            String status, String reasonCode, LocalDate answerDueBy, OffsetDateTime changedAt, String sentBy) {
    }
}
