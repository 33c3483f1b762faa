package fi.polku.reporting.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fi.polku.platform.events.EventType;

/**
 * The fact types of the export, one per catalogue event type (each of its versions up to the one named here, v1 where
 * none is), each with the allowlist of the event's data fields it carries: codes, dates, numbers, flags and ids only. Left out on purpose: every free-text or
 * free-form string (reasons without a code list, responsible organisations as written), people's ids and user names
 * (professionals, coaches, team members), consent parties (they carry names), and nested objects that hold any of
 * these. A field not listed here never reaches an export, whatever a producer adds to its event.
 */
public enum ExportFactType {

    ClientRegistered("municipalityCode", "ageBand", "preferredLanguage", "registeredAt"),
    ClientDetailsChanged("municipalityCode", "preferredLanguage", "changedAt"),
    ClientsMerged("mergedClientId", "mergedAt"),
    ReferralReceived("referralId", "channel", "referringParty", "receivedAt"),
    ScreeningCompleted("screeningId", "segment", "derivedSegment", "overridden", "signals", "decisiveSignals", "rule",
            "motivation", "monthsUnemployed", "completedAt"),
    WorkAbilityTeamBooked("bookingId", "teamId", "appointmentAt", "bookedAt"),
    FurtherInvestigationRequested(2, "bookingId", "requestedAt"),
    ConsentGranted("consentId", "purpose", "givenAs", "validFrom", "validUntil", "grantedAt"),
    ConsentWithdrawn("consentId", "purpose", "withdrawnFrom", "withdrawnAt"),
    ReadinessAssessed("checklistId", "metTotal", "notMetTotal", "unknownTotal", "assessedAt"),
    CaseOwnerAssigned("professionalRole", "organisation", "assignedAt"),
    CaseOwnerChanged(2, "professionalRole", "organisation", "reasonCode", "changedAt"),
    CaseOwnerUnavailable("municipalityCode", "since"),
    CareNetworkChanged("change", "changedAt"),
    ClientshipClosed("reason", "followUpDue", "satisfaction", "closedAt"),
    ClientshipReopened("reopenedAt"),
    ClientPlaceChanged("place", "since", "previousPlace", "source", "changedAt"),
    FollowUpCompleted("followUpId", "outcome", "satisfaction", "completedAt"),
    AssessmentScheduled("assessmentId", "teamId", "bookingId", "appointmentAt", "rescheduled", "scheduledAt"),
    AssessmentConcluded("assessmentId", "teamId", "workAbilityEstimate", "professions", "recommendedServices",
            "followUpDate", "concludedAt"),
    CaseOwnerAgreed("assessmentId", "agreedAt"),
    AssessmentCancelled("assessmentId", "reason", "cancelledAt"),
    ServiceRecommended("assessmentId", "recommendationId", "service", "targetDate"),
    CoachingReferralIssued(2, "referralId", "assessmentId", "providerOrganisation", "targetDate", "issuedAt"),
    InstrumentResponsesRecorded("assessmentId", "instrument", "instrumentVersion", "timePoint", "scaleScores",
            "higherIsBetter", "recordedAt"),
    ActivationPlanUpdated("planId", "version", "validFrom", "validUntil", "updatedAt"),
    ImplementationPlanUpdated("planId", "version", "activationPlanId", "activationPlanVersion", "activityDaysPerWeek",
            "coachingOnActivityDays", "validFrom", "validUntil", "updatedAt"),
    CoachingStarted("episodeId", "providerId", "providerOrganisation", "startedAt"),
    CoachingPhaseChanged("episodeId", "fromPhase", "toPhase", "changedAt"),
    JobStarted("episodeId", "jobId", "providerId", "kind", "openLabourMarket", "hoursPerWeek", "startDate", "permanent",
            "wageAtLeastCollectiveAgreement"),
    JobEnded("episodeId", "jobId", "providerId", "kind", "endDate"),
    CoachingOutcomeRecorded("episodeId", "providerId", "outcomeId", "outcome", "outcomeDate", "jobId", "satisfaction",
            "recordedAt"),
    FeeEarned("episodeId", "providerId", "feeType", "outcome", "outcomeId", "jobId", "contractFrom", "amount",
            "earnedAt"),
    CoachingEnded("episodeId", "providerId", "outcome", "endReason", "endedAt"),
    FidelityReviewRecorded("providerId", "reviewId", "reviewDate", "total", "band", "notApplicableItems", "items");

    /** Ids of organisations' units, not of a client or their records: exported as they are. */
    private static final List<String> ORGANISATIONAL_IDS = List.of("providerId", "teamId");

    private final int latestVersion;
    private final List<String> fields;

    ExportFactType(String... fields) {
        this(1, fields);
    }

    ExportFactType(int latestVersion, String... fields) {
        this.latestVersion = latestVersion;
        this.fields = List.of(fields);
    }

    public List<String> fields() {
        return fields;
    }

    /** Whether the field is the id of a client or of one of their records, exported as a pseudonym. */
    static boolean isPseudonymised(String field) {
        return field.endsWith("Id") && !ORGANISATIONAL_IDS.contains(field);
    }

    /** The fact type of a CloudEvents type, if the export carries it. */
    static Optional<ExportFactType> ofEvent(String eventType) {
        EventType type = EventType.parse(eventType);
        return Arrays.stream(values())
                .filter(t -> t.name().equals(type.name()) && type.version() <= t.latestVersion).findFirst();
    }

    /** The fact type of a name a caller gave, if there is one. */
    static Optional<ExportFactType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
