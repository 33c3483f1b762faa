package fi.polku.reporting.rest;

import static fi.polku.reporting.rest.ReportsFromEventsTest.listed;
import static fi.polku.reporting.rest.ReportsFromEventsTest.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.reporting.KnownEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The pilot's headline figures, reproduced from events: "Clients in the project (38), employed (9); coached clients
 * (15), of whom employed (5)". Five coached clients take paid work in the open labour market; four clients outside
 * coaching are employed, which case-owner records by closing their clientship as EMPLOYED_OPEN_LABOUR_MARKET. A
 * work trial in an open-market workplace, sheltered work and pay-subsidised work are no such employment. The pilot
 * runs in 2015, which no other test of the module uses; every clientship is closed by its end.
 */
@QuarkusTest
class PilotFiguresTest {

    private static final String PROVIDER = "PILOT-2015";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void thirtyEightClientsNineEmployedFifteenCoachedFiveOfThemEmployed() {
        List<UUID> c = IntStream.range(0, 38).mapToObj(i -> UUID.randomUUID()).toList();
        KnownEvents events = new KnownEvents();
        for (int i = 0; i < 38; i++) {
            events.registered(c.get(i), "560", "2015-09-0" + (1 + i % 5) + "T10:00:00+03:00");
        }
        for (int i = 0; i < 15; i++) {
            events.coachingStarted(c.get(i), "pilot-ep-" + i, PROVIDER, "2015-09-15T10:00:00+03:00");
        }
        for (int i = 0; i < 5; i++) {
            job(events, c.get(i), i, "EMPLOYMENT", true, i < 3, "2015-10-15");
            events.coaching("CoachingOutcomeRecorded", c.get(i), "episodeId", "pilot-ep-" + i, "providerId", PROVIDER,
                    "outcomeId", UUID.randomUUID().toString(), "outcome", "PAID_WORK", "outcomeDate", "2015-10-15",
                    "jobId", "pilot-job-" + i, "satisfaction", 9, "recordedAt", "2015-10-16T10:00:00+03:00");
        }
        job(events, c.get(5), 5, "WORK_TRIAL", true, false, "2015-10-01");
        job(events, c.get(6), 6, "EMPLOYMENT", false, true, "2015-10-01");
        for (int i = 15; i < 19; i++) {
            closed(events, c.get(i), "EMPLOYED_OPEN_LABOUR_MARKET", "2015-11-20T10:00:00+02:00");
        }
        closed(events, c.get(19), "PAY_SUBSIDISED_WORK", "2015-11-20T10:00:00+02:00");
        for (int i = 0; i < 15; i++) {
            events.coaching("CoachingEnded", c.get(i), "episodeId", "pilot-ep-" + i, "providerId", PROVIDER,
                    "endReason", "CLIENT_WISH", "endedAt", "2015-12-30T10:00:00+02:00");
        }
        for (int i = 0; i < 38; i++) {
            if (i < 15 || i >= 20) {
                closed(events, c.get(i), "NO_LONGER_NEEDS_SERVICE", "2015-12-31T10:00:00+02:00");
            }
        }
        events.publish(kafka);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath flow = report("/api/v1/reports/flow?year=2015");
            Map<String, String> funnel = new java.util.HashMap<>();
            List<Map<String, Object>> steps = flow.getList("funnel");
            steps.forEach(s -> funnel.put((String) s.get("step"),
                    (String) ((Map<String, Object>) s.get("clients")).get("display")));
            assertThat(funnel).containsEntry("registered", "38").containsEntry("coachingStart", "15")
                    .containsEntry("employedOpenLabourMarket", "9");

            JsonPath coaching = report("/api/v1/reports/coaching?year=2015");
            assertThat(listed(coaching, "clientsCoached", PROVIDER)).isEqualTo("15");
            assertThat(listed(coaching, "employedOpenLabourMarket", PROVIDER)).isEqualTo("5");
            assertThat(listed(coaching, "competitiveEmployment", PROVIDER)).isEqualTo("<5");
            assertThat(rate(coaching, "quarterlyEmployment.rates", PROVIDER, "2015-Q4")).isCloseTo(33.3, within(0.01));
            assertThat(coaching.getString("quarterlyEmployment.population")).isEqualTo("COACHED_CLIENTS");
            assertThat(coaching.getString("quarterlyEmployment.allServiceClients.population"))
                    .isEqualTo("ALL_SERVICE_PACKAGE_CLIENTS");
            assertThat(rate(coaching, "quarterlyEmployment.allServiceClients.rates", "ALL_SERVICE_PACKAGE_CLIENTS",
                    "2015-Q4")).as("9 of 38").isCloseTo(23.7, within(0.01));
        });
    }

    private static double rate(JsonPath report, String list, String provider, String quarter) {
        List<Map<String, Object>> rates = report.getList(list);
        return rates.stream().filter(r -> provider.equals(r.get("providerId")) && quarter.equals(r.get("quarter")))
                .findFirst().orElseThrow(() -> new AssertionError("no rate " + provider + " " + quarter))
                .get("ratePercent") instanceof Number percent ? percent.doubleValue() : Double.NaN;
    }

    private static void job(KnownEvents events, UUID client, int i, String kind, boolean open, boolean wage,
            String start) {
        events.coaching("JobStarted", client, "episodeId", "pilot-ep-" + i, "jobId", "pilot-job-" + i,
                "providerId", PROVIDER, "kind", kind, "openLabourMarket", open, "hoursPerWeek", 30,
                "startDate", start, "permanent", true, "wageAtLeastCollectiveAgreement", wage);
    }

    private static void closed(KnownEvents events, UUID client, String reason, String at) {
        events.caseOwner("ClientshipClosed", client, "reason", reason, "caseOwnerProfessionalId", null,
                "followUpDue", null, "closedAt", at);
    }
}
