package fi.polku.partner.domain;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The event types a partner may subscribe to and, per type, the only data fields it receives: ids, codes and dates
 * that a partner with the client's consent needs to follow the client's path. Every other field is dropped —
 * reasons (CoachingReferralIssued.v1's reason, JobEnded.reason, CoachingPhaseChanged.reason), the other parties of a
 * consent (ConsentGranted.parties), the client's satisfaction, the professions and team of an assessment, the
 * case-owner's identity. The root README's "For partners" lists the same table.
 */
public final class PartnerFields {

    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("fi.polku.intake.ConsentGranted.v1",
                    List.of("clientId", "consentId", "purpose", "validFrom", "validUntil", "grantedAt")),
            Map.entry("fi.polku.assessment.AssessmentConcluded.v1",
                    List.of("clientId", "assessmentId", "workAbilityEstimate", "concludedAt", "followUpDate")),
            Map.entry("fi.polku.assessment.ServiceRecommended.v1",
                    List.of("clientId", "assessmentId", "recommendationId", "service", "responsibleOrganisation",
                            "targetDate")),
            Map.entry("fi.polku.assessment.CoachingReferralIssued.v2",
                    List.of("clientId", "referralId", "assessmentId", "providerOrganisation", "issuedAt",
                            "targetDate")),
            Map.entry("fi.polku.coaching.CoachingReferralStatusChanged.v1",
                    List.of("clientId", "referralId", "episodeId", "previousReferralId", "providerId",
                            "providerOrganisation", "status", "reasonCode", "answerDueBy", "changedAt")),
            Map.entry("fi.polku.coaching.CoachingStarted.v1",
                    List.of("clientId", "episodeId", "providerId", "providerOrganisation", "coachId", "startedAt")),
            Map.entry("fi.polku.coaching.CoachingPhaseChanged.v1",
                    List.of("clientId", "episodeId", "fromPhase", "toPhase", "changedAt")),
            Map.entry("fi.polku.coaching.CoachingOutcomeRecorded.v1",
                    List.of("clientId", "episodeId", "providerId", "outcomeId", "outcome", "outcomeDate", "jobId",
                            "recordedAt")),
            Map.entry("fi.polku.coaching.CoachingEnded.v1",
                    List.of("clientId", "episodeId", "providerId", "outcome", "endReason", "endedAt")),
            Map.entry("fi.polku.coaching.JobStarted.v1",
                    List.of("clientId", "episodeId", "jobId", "providerId", "kind", "openLabourMarket",
                            "hoursPerWeek", "startDate", "permanent")),
            Map.entry("fi.polku.coaching.JobEnded.v1",
                    List.of("clientId", "episodeId", "jobId", "providerId", "kind", "endDate")),
            Map.entry("fi.polku.case-owner.ClientshipClosed.v1",
                    List.of("clientId", "reason", "followUpDue", "closedAt")));

    private PartnerFields() {
    }

    /** The full CloudEvent type names a subscription may name, sorted. */
    public static Set<String> types() {
        return new TreeSet<>(ALLOWED.keySet());
    }

    /** The data fields a partner receives of the type. */
    public static List<String> fields(String type) {
        return ALLOWED.getOrDefault(type, List.of());
    }

    public static boolean isSubscribable(String type) {
        return ALLOWED.containsKey(type);
    }

    /** A copy of the event's data with only the fields the partner may see. */
    public static ObjectNode allowedData(String type, JsonNode data) {
        List<String> allowed = ALLOWED.get(type);
        if (allowed == null) {
            throw new IllegalArgumentException("Partners receive no events of type " + type);
        }
        ObjectNode copy = data.deepCopy();
        for (Iterator<String> fields = copy.fieldNames(); fields.hasNext(); ) {
            if (!allowed.contains(fields.next())) {
                fields.remove();
            }
        }
        return copy;
    }
}
