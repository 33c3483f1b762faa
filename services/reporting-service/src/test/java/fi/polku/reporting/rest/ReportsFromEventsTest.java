package fi.polku.reporting.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.reporting.KnownEvents;
import fi.polku.testkit.EventLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Feeds a known set of events of every catalogue type (all in 2017, which no other test of the module uses)
 * through the real Kafka and checks every report's numbers, the suppression, the CSV and the rebuild.
 */
@QuarkusTest
class ReportsFromEventsTest {

    private static final Duration PROJECTED = Duration.ofSeconds(60);
    private static final String PROVIDER_A = "P17A";
    private static final String PROVIDER_B = "P17B";
    private static boolean published;
    private static int publishedEvents;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final List<UUID> c = IntStream.range(0, 11).mapToObj(i -> UUID.randomUUID()).toList();

    @BeforeEach
    void publishTheKnownEventsOnce() {
        if (published) {
            return;
        }
        published = true;
        KnownEvents events = new KnownEvents();
        for (int i = 1; i <= 9; i++) {
            String municipality = i <= 7 ? "R01" : i == 8 ? "R02" : "R03";
            events.registered(c.get(i), municipality, day(i) + "T10:00:00+02:00");
            events.caseOwner("ClientPlaceChanged", c.get(i), "place", "SERVICE_GUIDANCE", "since", day(i),
                    "previousPlace", null, "source", "CLIENT_REGISTERED", "changedAt", day(i) + "T10:01:00+02:00");
            events.intake("ReferralReceived", c.get(i), "referralId", "ref-17-" + i,
                    "channel", i <= 6 ? "PHONE-17" : "WEB-17", "referringParty", i <= 5 || i >= 7 ? "TE-17" : "KELA-17",
                    "receivedAt", day(i) + "T09:00:00+02:00");
            events.intake("ScreeningCompleted", c.get(i), "screeningId", "scr-" + i,
                    "segment", i <= 6 ? "S17-A" : i == 7 ? "S17-A" : "S17-C", "derivedSegment", "S17-A",
                    "overridden", false, "signals", List.of("LONG_TERM_UNEMPLOYED"), "monthsUnemployed", 14,
                    "completedAt", day(i + 2) + "T10:00:00+02:00");
        }
        // c7 is screened again later into another segment: the latest screening counts
        events.intake("ScreeningCompleted", c.get(7), "screeningId", "scr-7b", "segment", "S17-B",
                "derivedSegment", "S17-B", "overridden", true, "signals", List.of(), "monthsUnemployed", 14,
                "completedAt", "2017-03-20T10:00:00+02:00");
        events.intake("ClientDetailsChanged", c.get(9), "municipalityCode", "R02", "preferredLanguage", "sv",
                "changedAt", "2017-03-12T10:00:00+02:00");
        events.registered(c.get(10), "R01", "2017-03-10T10:00:00+02:00");
        events.intake("ClientsMerged", c.get(8), "mergedClientId", c.get(10).toString(),
                "mergedAt", "2017-03-11T10:00:00+02:00");
        events.intake("WorkAbilityTeamBooked", c.get(1), "bookingId", "b1", "teamId", "team-17",
                "appointmentAt", "2017-03-20T10:00:00+02:00", "reason", "assessment", "bookedAt", "2017-03-05T10:00:00+02:00");
        events.intake("FurtherInvestigationRequested.v2", c.get(2), "bookingId", "b2",
                "investigations", List.of(Map.of("kind", "HEALTH_EXAMINATION")),
                "requestedAt", "2017-03-06T10:00:00+02:00");
        events.intake("ConsentGranted", c.get(1), "consentId", "con1", "parties",
                List.of(Map.of("organisation", "2345678-0", "role", "COACHING_PROVIDER")), "purpose", "coaching",
                "validFrom", "2017-03-01", "validUntil", "2018-03-01", "grantedAt", "2017-03-02T10:00:00+02:00");
        events.intake("ConsentWithdrawn", c.get(1), "consentId", "con1", "parties",
                List.of(Map.of("organisation", "2345678-0", "role", "COACHING_PROVIDER")),
                "withdrawnFrom", "2017-12-01", "withdrawnAt", "2017-12-01T10:00:00+02:00");
        events.intake("ReadinessAssessed", c.get(1), "checklistId", "chk1", "groups",
                Map.of("motivation", Map.of("met", 4, "notMet", 0, "unknown", 0)), "metTotal", 9,
                "assessedAt", "2017-03-25T10:00:00+02:00");

        // case owners after 1, 1, 3, 3, 10 and 10 days; c7 and c8 wait, c9 has none available
        int[] ownerDays = {0, 1, 1, 3, 3, 10, 10};
        for (int i = 1; i <= 6; i++) {
            events.ownerAssigned(c.get(i), day(i + ownerDays[i]) + "T10:00:00+02:00");
        }
        events.caseOwner("CaseOwnerUnavailable", c.get(9), "municipalityCode", "R02",
                "reasonCode", "NO_FITTING_PROFESSIONAL", "since", "2017-03-09T10:00:00+02:00");
        events.caseOwner("CaseOwnerChanged", c.get(1), "fromProfessionalId", UUID.randomUUID().toString(),
                "toProfessionalId", UUID.randomUUID().toString(), "toProfessionalUserId", "w2",
                "professionalRole", "SOCIAL_WELFARE_OWN_WORKER", "organisation", "hyvinvointialue-dev",
                "reason", "LEAVE", "changedBy", "coordinator", "changedAt", "2017-04-01T10:00:00+03:00");
        events.caseOwner("CaseOwnerChanged", c.get(1), "fromProfessionalId", UUID.randomUUID().toString(),
                "toProfessionalId", UUID.randomUUID().toString(), "toProfessionalUserId", "w3",
                "professionalRole", "SOCIAL_WELFARE_OWN_WORKER", "organisation", "hyvinvointialue-dev",
                "reason", "LEAVE", "changedBy", "coordinator", "changedAt", "2017-05-01T10:00:00+03:00");
        events.caseOwner("CaseOwnerChanged.v2", c.get(2), "fromProfessionalId", UUID.randomUUID().toString(),
                "toProfessionalId", UUID.randomUUID().toString(), "toProfessionalUserId", "w4",
                "professionalRole", "SOCIAL_WELFARE_OWN_WORKER", "organisation", "hyvinvointialue-dev",
                "reasonCode", "OWNER_ABSENT", "changedBy", "coordinator", "changedAt", "2017-05-01T10:00:00+03:00");
        Map<String, Object> member = Map.of("memberId", "m1", "professionalId", UUID.randomUUID().toString(),
                "userId", "u1", "role", "JOB_COACH", "organisation", "2345678-0", "from", "2017-03-10");
        events.caseOwner("CareNetworkChanged", c.get(1), "change", "ADDED", "member", member,
                "changedAt", "2017-03-10T10:00:00+02:00");
        events.caseOwner("CareNetworkChanged", c.get(1), "change", "ENDED", "member", member,
                "changedAt", "2017-06-10T10:00:00+03:00");
        events.caseOwner("ClientshipClosed", c.get(1), "reason", "EMPLOYED", "caseOwnerProfessionalId",
                UUID.randomUUID().toString(), "followUpDue", "2017-07-10", "closedAt", "2017-05-10T10:00:00+03:00");
        events.caseOwner("ClientshipReopened", c.get(1), "caseOwnerProfessionalId", UUID.randomUUID().toString(),
                "reopenedAt", "2017-05-20T10:00:00+03:00");
        for (int i = 2; i <= 5; i++) {
            events.caseOwner("ClientshipClosed", c.get(i), "reason", "PLAN_COMPLETED", "caseOwnerProfessionalId",
                    UUID.randomUUID().toString(), "followUpDue", "2017-08-15", "closedAt", "2017-06-15T10:00:00+03:00");
        }

        // team assessments 20 days after registration for c1-c6
        for (int i = 1; i <= 6; i++) {
            events.assessment("AssessmentScheduled", c.get(i), "assessmentId", "as17-" + i, "teamId", "team-17",
                    "appointmentAt", day(i + 20) + "T10:00:00+02:00", "scheduledAt", day(i + 1) + "T10:00:00+02:00");
            events.assessment("AssessmentConcluded", c.get(i), "assessmentId", "as17-" + i,
                    "workAbilityEstimate", i <= 4 ? "PARTIAL-17" : "FULL-17", "professions", List.of("nurse"),
                    "concludedAt", day(i + 20) + "T10:00:00+02:00");
            events.assessment("ServiceRecommended", c.get(i), "assessmentId", "as17-" + i,
                    "recommendationId", "rec17-" + i, "service", "COACHING-17", "responsibleOrganisation", "ELY",
                    "targetDate", "2017-05-01");
            if (i <= 5) {
                events.assessment("ServiceRecommended", c.get(i), "assessmentId", "as17-" + i,
                        "recommendationId", "rec17-r" + i, "service", "REHABILITATION-17",
                        "responsibleOrganisation", "Kela", "targetDate", "2017-06-01");
            }
        }
        events.assessment("AssessmentScheduled", c.get(1), "assessmentId", "as17-1b", "teamId", "team-17",
                "appointmentAt", "2017-10-01T10:00:00+03:00", "scheduledAt", "2017-09-01T10:00:00+03:00");
        events.assessment("AssessmentCancelled", c.get(1), "assessmentId", "as17-1b", "reason", "CLIENT_DID_NOT_ATTEND",
                "cancelledAt", "2017-10-01T12:00:00+03:00");
        double[] before = {0, 5, 6, 4, 7, 3};
        double[] after = {0, 7, 7, 6, 8, 5};
        for (int i = 1; i <= 5; i++) {
            // client 1's "after" answers are typed in first: the change still runs from before to after
            String beforeTypedIn = i == 1 ? "2017-09-02T10:00:00+03:00" : "2017-03-25T10:00:00+02:00";
            events.assessment("InstrumentResponsesRecorded", c.get(i), "assessmentId", "as17-" + i,
                    "instrument", "KYKYVIISARI-17", "instrumentVersion", "1", "timePoint", "2017-03-20",
                    "scaleScores", i <= 2 ? Map.of("workAbility", before[i], "mood", 5) : Map.of("workAbility", before[i]),
                    "higherIsBetter", Map.of("workAbility", true), "recordedAt", beforeTypedIn);
            events.assessment("InstrumentResponsesRecorded", c.get(i), "assessmentId", "as17-" + i,
                    "instrument", "KYKYVIISARI-17", "instrumentVersion", "1", "timePoint", "2017-08-28",
                    "scaleScores", i <= 2 ? Map.of("workAbility", after[i], "mood", 6) : Map.of("workAbility", after[i]),
                    "higherIsBetter", Map.of("workAbility", true), "recordedAt", "2017-09-01T10:00:00+03:00");
        }
        events.assessment("CoachingReferralIssued", c.get(1), "referralId", "cr1", "assessmentId", "as17-1",
                "providerOrganisation", "2345678-0", "reason", "IPS", "issuedAt", "2017-04-01T10:00:00+03:00");
        events.assessment("CoachingReferralIssued", c.get(6), "referralId", "cr6", "assessmentId", "as17-6",
                "providerOrganisation", null, "reason", "IPS", "issuedAt", "2017-04-10T10:00:00+03:00");
        events.assessment("ActivationPlanUpdated", c.get(1), "planId", "ap1", "version", 2, "validFrom", "2017-04-01",
                "validUntil", "2017-12-31", "agreedPossibilities", List.of("COACHING", "WORK_TRIAL"),
                "updatedAt", "2017-04-01T10:00:00+03:00");
        events.assessment("ImplementationPlanUpdated", c.get(1), "planId", "ip1", "activationPlanId", "ap1",
                "activityDaysPerWeek", 3, "updatedAt", "2017-04-02T10:00:00+03:00");

        // coaching for c1-c5 with provider A from 3 April; c1 moves on to provider B in July
        String[] outcomes = {"", "PAID_WORK", "PAID_WORK", "WORK_TRIAL", "STUDIES", "REHABILITATION"};
        int[] satisfaction = {0, 9, 8, 7, 10, 6};
        for (int i = 1; i <= 5; i++) {
            events.coachingStarted(c.get(i), "ep17-" + i, PROVIDER_A, "2017-04-03T11:00:00+03:00");
            events.coaching("FeeEarned", c.get(i), "episodeId", "ep17-" + i, "providerId", PROVIDER_A,
                    "feeType", "START", "amount", 1000, "earnedAt", "2017-04-03T12:00:00+03:00");
            events.coaching("CoachingOutcomeRecorded", c.get(i), "episodeId", "ep17-" + i, "providerId", PROVIDER_A,
                    "outcome", outcomes[i], "satisfaction", satisfaction[i], "recordedAt", "2017-12-01T10:00:00+02:00");
            events.coaching("CoachingEnded", c.get(i), "episodeId", "ep17-" + i, "providerId", PROVIDER_A,
                    "endedAt", "2017-12-15T10:00:00+02:00");
        }
        events.caseOwner("ClientPlaceChanged", c.get(1), "place", "SUPPORTED_EMPLOYMENT_COACHING",
                "since", "2017-04-03", "previousPlace", "SERVICE_GUIDANCE", "source", "COACHING_STARTED",
                "changedAt", "2017-04-03T11:01:00+03:00");
        events.coaching("CoachingPhaseChanged", c.get(1), "episodeId", "ep17-1", "fromPhase", "ENGAGEMENT",
                "toPhase", "JOB_SEARCH", "changedAt", "2017-04-20T10:00:00+03:00");
        events.coaching("JobStarted", c.get(1), "episodeId", "ep17-1", "jobId", "job17-1", "providerId", PROVIDER_A,
                "kind", "EMPLOYMENT", "openLabourMarket", true, "hoursPerWeek", 30, "startDate", "2017-05-15", "permanent", false);
        events.coaching("JobEnded", c.get(1), "episodeId", "ep17-1", "jobId", "job17-1", "providerId", PROVIDER_A,
                "endDate", "2017-08-31");
        events.coaching("JobStarted", c.get(2), "episodeId", "ep17-2", "jobId", "job17-2", "providerId", PROVIDER_A,
                "kind", "EMPLOYMENT", "openLabourMarket", true, "hoursPerWeek", 37.5, "startDate", "2017-06-01", "permanent", true);
        events.coaching("JobStarted", c.get(3), "episodeId", "ep17-3", "jobId", "job17-3", "providerId", PROVIDER_A,
                "kind", "EMPLOYMENT", "openLabourMarket", false, "hoursPerWeek", 20, "startDate", "2017-05-01", "permanent", false);
        for (int i = 1; i <= 2; i++) {
            events.coaching("FeeEarned", c.get(i), "episodeId", "ep17-" + i, "providerId", PROVIDER_A,
                    "feeType", "RESULT", "amount", 2500, "earnedAt", "2017-06-20T12:00:00+03:00");
        }
        events.coachingStarted(c.get(1), "ep17-b1", PROVIDER_B, "2017-07-03T11:00:00+03:00");
        events.coaching("CoachingOutcomeRecorded", c.get(1), "episodeId", "ep17-b1", "providerId", PROVIDER_B,
                "outcome", "PAID_WORK", "satisfaction", null, "recordedAt", "2017-11-01T10:00:00+02:00");
        events.coaching("CoachingEnded", c.get(1), "episodeId", "ep17-b1", "providerId", PROVIDER_B,
                "endedAt", "2017-11-15T10:00:00+02:00");
        events.coaching("FidelityReviewRecorded", UUID.randomUUID(), "providerId", PROVIDER_A, "reviewId", "fr17-1",
                "reviewDate", "2017-05-01", "total", 70, "band", "NOT_SUPPORTED_EMPLOYMENT", "notApplicableItems", 0,
                "items", List.of(Map.of("item", 1, "score", 3)));
        List<Map<String, Object>> items = IntStream.rangeClosed(1, 23)
                .mapToObj(item -> Map.<String, Object>of("item", item, "score", item <= 20 ? 4 : 2)).toList();
        events.coaching("FidelityReviewRecorded", UUID.randomUUID(), "providerId", PROVIDER_A, "reviewId", "fr17-2",
                "reviewDate", "2017-11-01", "total", 86, "band", "FAIR", "notApplicableItems", List.of(24, 25),
                "items", items);
        events.publish(kafka);
        publishedEvents = events.size();
    }

    private static String day(int dayOfMarch) {
        return dayOfMarch <= 31 ? String.format("2017-03-%02d", dayOfMarch) : String.format("2017-04-%02d", dayOfMarch - 31);
    }

    static JsonPath report(String path) {
        return as(Roles.ANALYST).get(path).then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    static String cell(JsonPath report, String table, String row, String column) {
        List<String> columns = report.getList(table + ".columns");
        List<Map<String, Object>> rows = report.getList(table + ".rows");
        Map<String, Object> found = rows.stream().filter(r -> row.equals(r.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row + " in " + table));
        if (column.equals("total")) {
            return (String) ((Map<String, Object>) found.get("total")).get("display");
        }
        return (String) ((List<Map<String, Object>>) found.get("cells")).get(columns.indexOf(column)).get("display");
    }

    static String columnTotal(JsonPath report, String table, String column) {
        List<String> columns = report.getList(table + ".columns");
        return report.getString(table + ".columnTotals[" + columns.indexOf(column) + "].display");
    }

    static String listed(JsonPath report, String list, String key) {
        List<Map<String, Object>> rows = report.getList(list + ".rows");
        return rows.stream().filter(r -> key.equals(r.get("key"))).findFirst()
                .map(r -> (String) ((Map<String, Object>) r.get("count")).get("display"))
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + list));
    }

    @Test
    void clientsPerMunicipalityAndMonthWithComplementarySuppression() {
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonPath clients = report("/api/v1/reports/clients?year=2017");
            // 7 in R01 and 2 in R02 (c9 moved there, the merged duplicate left out): R02's "<5" would follow from
            // the month's total, so R01's cell is withheld too, and R01's row total that would give it back
            assertThat(cell(clients, "registered", "R02", "2017-03")).isEqualTo("<5");
            assertThat(cell(clients, "registered", "R01", "2017-03")).isEqualTo("..");
            assertThat(cell(clients, "registered", "R01", "total")).isEqualTo("..");
            assertThat(columnTotal(clients, "registered", "2017-03")).isEqualTo("9");
            assertThat(clients.getString("registered.total.display")).isEqualTo("9");
            assertThat(cell(clients, "registered", "R01", "2017-04")).isEqualTo("0");
            assertThat(cell(clients, "closed", "R01", "2017-06")).isEqualTo("<5");
            assertThat(cell(clients, "active", "R02", "2017-06")).isEqualTo("<5");
            assertThat(clients.getList("registered.columns")).hasSize(12);
        });
    }

    @Test
    void referralsPerPartyAndChannelAndSegments() {
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonPath referrals = report("/api/v1/reports/referrals?year=2017");
            assertThat(cell(referrals, "byPartyAndChannel", "TE-17", "PHONE-17")).isEqualTo("..");
            assertThat(cell(referrals, "byPartyAndChannel", "TE-17", "WEB-17")).isEqualTo("<5");
            assertThat(cell(referrals, "byPartyAndChannel", "KELA-17", "PHONE-17")).isEqualTo("<5");
            assertThat(cell(referrals, "byPartyAndChannel", "KELA-17", "WEB-17")).isEqualTo("0");
            assertThat(cell(referrals, "byPartyAndChannel", "TE-17", "total")).isEqualTo("..");
            assertThat(columnTotal(referrals, "byPartyAndChannel", "PHONE-17")).isEqualTo("..");
            assertThat(referrals.getString("byPartyAndChannel.total.display")).isEqualTo("9");
            assertThat(listed(referrals, "byMonth", "2017-03")).isEqualTo("9");

            JsonPath segments = report("/api/v1/reports/segments?year=2017");
            assertThat(listed(segments, "clients", "S17-A")).isEqualTo("6");
            assertThat(listed(segments, "clients", "S17-B")).isEqualTo("<5");
            assertThat(listed(segments, "clients", "S17-C")).isEqualTo("<5");
            assertThat(segments.getString("clients.total.display")).isEqualTo("9");
        });
    }

    @Test
    void flowTimesPingPongAndGaps() {
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonPath flow = report("/api/v1/reports/flow?year=2017");
            assertThat(flow.getList("funnel.step")).containsExactly("registered", "caseOwner", "screening",
                    "teamAssessment", "coachingStart", "employedOpenLabourMarket");
            assertThat(flow.getList("funnel.clients.display")).containsExactly("9", "..", "9", "..", "..", "<5");
            assertThat(flow.getList("timeFromRegistration.medianDays", Double.class))
                    .containsExactly(3.0, 2.0, 20.0, 31.0);
            assertThat(flow.getList("timeFromRegistration.p90Days", Double.class))
                    .containsExactly(10.0, 2.0, 20.0, 33.0);
            assertThat(listed(flow, "daysToCaseOwner", "0-1")).isEqualTo("<5");
            assertThat(flow.getString("daysToCaseOwner.total.display")).isEqualTo("6");
            assertThat(listed(flow, "pingPongIndex", "0")).isEqualTo("..");
            assertThat(listed(flow, "pingPongIndex", "3+")).isEqualTo("<5");
            assertThat(flow.getDouble("meanPingPongIndex")).isEqualTo(0.6);
            assertThat(listed(flow, "gaps", "NO_CASE_OWNER")).isEqualTo("<5");
            assertThat(listed(flow, "gaps", "FOLLOW_UP_OVERDUE")).isEqualTo("<5");
            assertThat(flow.getString("gaps.total.display")).isEqualTo("9");
            // the open clientships: c1 in coaching, c6-c9 in service guidance
            assertThat(flow.getList("whereNow.clients.display")).containsExactly("<5", "0", "<5", "0", "0", "0",
                    "0", "0", "0", "0", "0", "0", "0", "0");
        });
    }

    @Test
    void assessmentEstimatesServicesAndKykyviisariChange() {
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonPath assessments = report("/api/v1/reports/assessments");
            assertThat(listed(assessments, "workAbilityEstimates", "PARTIAL-17")).isEqualTo("<5");
            assertThat(listed(assessments, "recommendedServices", "COACHING-17")).isEqualTo("6");
            assertThat(listed(assessments, "recommendedServices", "REHABILITATION-17")).isEqualTo("5");
            List<Map<String, Object>> changes = assessments.getList("instrumentChanges");
            Map<String, Object> workAbility = changes.stream()
                    .filter(ch -> "KYKYVIISARI-17".equals(ch.get("instrument")) && "workAbility".equals(ch.get("scale")))
                    .findFirst().orElseThrow();
            assertThat(workAbility).containsEntry("meanFirst", 5.0f).containsEntry("meanLatest", 6.6f)
                    .containsEntry("meanChange", 1.6f).containsEntry("higherIsBetter", true);
            String improvement = "instrumentChanges.find { it.instrument == 'KYKYVIISARI-17' "
                    + "&& it.scale == 'workAbility' }.improvement.rows.collect { it.key + '=' + it.count.display }";
            assertThat(assessments.getList(improvement)).containsExactly("IMPROVED=5", "UNCHANGED=0", "WORSE=0");
            Map<String, Object> mood = changes.stream()
                    .filter(ch -> "KYKYVIISARI-17".equals(ch.get("instrument")) && "mood".equals(ch.get("scale")))
                    .findFirst().orElseThrow();
            assertThat(((Map<String, Object>) mood.get("clients")).get("display")).isEqualTo("<5");
            assertThat(mood.get("meanChange")).isNull();
            assertThat(mood.get("improvement")).isNull();
        });
    }

    @Test
    void coachingPerProviderQuarterlyEmploymentFeesAndFidelity() {
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonPath coaching = report("/api/v1/reports/coaching?year=2017");
            // 5 clients with A and 1 with B: B's "<5" would follow from the total, so A's 5 is withheld too
            assertThat(listed(coaching, "clientsCoached", PROVIDER_A)).isEqualTo("..");
            assertThat(listed(coaching, "clientsCoached", PROVIDER_B)).isEqualTo("<5");
            assertThat(cell(coaching, "outcomes", PROVIDER_A, "PAID_WORK")).isEqualTo("<5");
            assertThat(listed(coaching, "employedOpenLabourMarket", PROVIDER_A)).isEqualTo("<5");
            assertThat(coaching.getList("quarterlyEmployment.served.columns"))
                    .containsExactly("2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4");
            assertThat(cell(coaching, "quarterlyEmployment.served", PROVIDER_B, "2017-Q3")).isEqualTo("<5");
            assertThat(cell(coaching, "quarterlyEmployment.employed", PROVIDER_A, "2017-Q2")).isEqualTo("<5");
            assertThat(coaching.getMap("quarterlyEmployment.benchmarks"))
                    .containsEntry("MINIMAL", 31).containsEntry("AVERAGE", 41).containsEntry("EXCELLENT", 50);
            List<Map<String, Object>> fees = coaching.getList("fees");
            assertThat(fees).anySatisfy(fee -> assertThat(fee).containsEntry("providerId", PROVIDER_A)
                    .containsEntry("quarter", "2017-Q2").containsEntry("feeType", "START")
                    .containsEntry("amountEuros", 5000.0f));
            assertThat(fees).anySatisfy(fee -> assertThat(fee).containsEntry("feeType", "RESULT")
                    .containsEntry("providerId", PROVIDER_A).containsEntry("amountEuros", null));
            List<Map<String, Object>> reviews = coaching.getList("fidelityReviews");
            Map<String, Object> review = reviews.stream().filter(r -> PROVIDER_A.equals(r.get("providerId")))
                    .findFirst().orElseThrow();
            assertThat(review).containsEntry("reviewDate", "2017-11-01").containsEntry("total", 86)
                    .containsEntry("notApplicableItems", 2).containsEntry("scoredItems", 23)
                    .containsEntry("meanItemScore", 3.7f).containsEntry("proratedTotal", 93.5f)
                    .containsEntry("proratedBand", "FAIR").containsEntry("itemsNeedingWork", List.of(21, 22, 23));
        });
    }

    @Test
    void satisfactionOverallAndPerProvider() {
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonPath satisfaction = report("/api/v1/reports/satisfaction");
            List<Map<String, Object>> providers = satisfaction.getList("providers");
            assertThat(providers).anySatisfy(p -> assertThat(p).containsEntry("providerId", PROVIDER_A)
                    .containsEntry("mean", 8.0f));
            assertThat(listed(satisfaction, "answersByProvider", PROVIDER_A)).isEqualTo("5");
        });
    }

    @Test
    void everyReportIsAlsoCsvWithoutClientIds() {
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(
                report("/api/v1/reports/segments?year=2017").getString("clients.total.display")).isEqualTo("9"));
        for (String path : List.of("clients", "referrals", "segments", "flow", "assessments", "coaching",
                "satisfaction", "peer-support")) {
            String csv = as(Roles.ANALYST).accept("text/csv").get("/api/v1/reports/" + path).then().statusCode(200)
                    .contentType("text/csv").extract().asString();
            assertThat(csv).startsWith("table,row,column,value\r\n");
            String json = as(Roles.ANALYST).get("/api/v1/reports/" + path).asString();
            for (UUID client : c) {
                assertThat(csv).doesNotContain(client.toString());
                assertThat(json).doesNotContain(client.toString());
            }
        }
        String segments = as(Roles.ANALYST).accept("text/csv").get("/api/v1/reports/segments?year=2017").asString();
        assertThat(segments).contains("segments,S17-A,,6\r\n", "segments,S17-B,,<5\r\n", "segments,total,,9\r\n");
    }

    @Test
    void rebuildingFromOffsetZeroGivesTheSameNumbers() {
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(
                report("/api/v1/reports/coaching?year=2017").getList("fidelityReviews.providerId")).contains(PROVIDER_A));
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(
                report("/api/v1/reports/flow?year=2017").getString("gaps.total.display")).isEqualTo("9"));
        Map<String, String> before = allReports();

        JsonPath result = as(Roles.COORDINATOR).post("/api/v1/admin/projections/rebuild").then().statusCode(200)
                .extract().jsonPath();

        assertThat(result.getLong("recordsRead")).isGreaterThanOrEqualTo(publishedEvents);
        assertThat(result.getLong("recordsFailed")).as("what failed live (another test's poison) fails again")
                .isEqualTo(deadLetteredRecords());
        assertThat(allReports()).isEqualTo(before);
        assertThat(report("/api/v1/reports/flow?year=2017").getString("gaps.total.display")).isEqualTo("9");
    }

    @Test
    void onlyAnalystsAndCoordinatorsRebuild() {
        as(Roles.CASE_OWNER).post("/api/v1/admin/projections/rebuild").then().statusCode(403)
                .contentType("application/problem+json");
    }

    /** The records of the domain topics on reporting's dead-letter topic, each once (both consumers send there). */
    private long deadLetteredRecords() {
        return EventLog.records(kafka, Topics.deadLetter("reporting"), Duration.ofSeconds(5), records -> false)
                .stream()
                .map(record -> header(record, "dead-letter-topic") + "-" + header(record, "dead-letter-partition") + "@"
                        + header(record, "dead-letter-offset"))
                .distinct().count();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** Every report as CSV (which carries no time of the report), all years and 2017. */
    private static Map<String, String> allReports() {
        Map<String, String> reports = new java.util.TreeMap<>();
        for (String path : List.of("clients", "referrals", "segments", "flow", "assessments", "coaching",
                "satisfaction", "clients?year=2017", "flow?year=2017", "coaching?year=2017")) {
            reports.put(path, as(Roles.ANALYST).accept("text/csv").get("/api/v1/reports/" + path).then()
                    .statusCode(200).extract().asString());
        }
        reports.put("kpis", as(Roles.ANALYST).get("/api/v1/kpis").then().extract().jsonPath()
                .getString("clientsRegistered.display"));
        return reports;
    }

    @Test
    void aYearOutOfRangeIsABadRequestNamingTheField() {
        as(Roles.ANALYST).get("/api/v1/reports/flow?year=1899").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("year")));
    }
}
