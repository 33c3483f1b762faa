package fi.polku.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fi.polku.platform.events.Topics;
import fi.polku.testkit.EventPublisher;

/**
 * Schema-valid events of one client's path through the package, of the types only the reporting service reads:
 * a referral, Kykyviisari-shaped instrument answers, a service recommendation, a coaching phase change, a job and a
 * fee. Published straight to the topics to give the projections a history of 100,000+ events without registering
 * that many clients through the APIs.
 */
final class SyntheticEvents {

    record Event(String topic, UUID clientId, Map<String, Object> envelope) {
    }

    static final int PER_CLIENT = 6;

    private SyntheticEvents() {
    }

    static List<Event> clientPath(UUID clientId, UUID providerId, String providerBusinessId) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusDays(random.nextInt(700)).withNano(0);
        LocalDate day = at.toLocalDate();
        UUID assessment = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        String id = clientId.toString();
        return List.of(
                event(Topics.INTAKE, "intake", "ReferralReceived", clientId, Map.of("clientId", id,
                        "referralId", UUID.randomUUID().toString(), "channel", "COOPERATION_NETWORK",
                        "referringParty", "TE_SERVICES", "receivedAt", at.toString())),
                event(Topics.ASSESSMENT, "assessment", "InstrumentResponsesRecorded", clientId, Map.of(
                        "clientId", id, "assessmentId", assessment.toString(), "instrument", "kykyviisari",
                        "instrumentVersion", 1, "timePoint", day.plusDays(20).toString(),
                        "scaleScores", Map.of("work-ability", 2 + random.nextInt(8), "health", 1 + random.nextInt(9)),
                        "recordedAt", at.plusDays(20).toString())),
                event(Topics.ASSESSMENT, "assessment", "ServiceRecommended", clientId, Map.of("clientId", id,
                        "assessmentId", assessment.toString(), "recommendationId", UUID.randomUUID().toString(),
                        "service", "SUPPORTED_EMPLOYMENT_COACHING", "responsibleOrganisation", providerBusinessId,
                        "targetDate", day.plusDays(40).toString())),
                event(Topics.COACHING, "coaching", "CoachingPhaseChanged", clientId, Map.of("clientId", id,
                        "episodeId", episode.toString(), "fromPhase", "ENGAGEMENT", "toPhase", "VOCATIONAL_PROFILE",
                        "changedAt", at.plusDays(50).toString())),
                event(Topics.COACHING, "coaching", "JobStarted", clientId, Map.of("clientId", id,
                        "episodeId", episode.toString(), "jobId", UUID.randomUUID().toString(),
                        "providerId", providerId.toString(), "kind", "EMPLOYMENT", "openLabourMarket", true,
                        "hoursPerWeek", 20 + random.nextInt(18), "startDate", day.plusDays(90).toString(),
                        "permanent", random.nextBoolean())),
                event(Topics.COACHING, "coaching", "FeeEarned", clientId, Map.of("clientId", id,
                        "episodeId", episode.toString(), "providerId", providerId.toString(), "feeType", "RESULT",
                        "outcome", "PAID_WORK", "amount", 2000, "earnedAt", at.plusDays(100).toString())));
    }

    private static Event event(String topic, String service, String name, UUID clientId, Map<String, ?> data) {
        return new Event(topic, clientId,
                EventPublisher.envelope(UUID.randomUUID().toString(), service, name, clientId, data));
    }
}
