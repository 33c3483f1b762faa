package fi.polku.reporting.rest;

import static fi.polku.reporting.rest.ReportsFromEventsTest.report;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.reporting.KnownEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Peer support (seed 000, "Vertaisvalmentajatoiminta": "Vertaisvalmentajia: 3 yksikköä = 12 hlö / Toimintaan
 * osallistuneita: 3 yksikköä = 18 hlö"): how many clients had a peer coach in their care network, from
 * CareNetworkChanged with role PEER_COACH. Memberships of 2019, which no other test of the module uses.
 */
@QuarkusTest
class PeerSupportReportTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void countsTheClientsWhoHadAPeerCoachInThePeriodAndPerQuarterWithSuppression() {
        KnownEvents events = new KnownEvents();
        for (int i = 0; i < 6; i++) {
            UUID client = UUID.randomUUID();
            Map<String, Object> member = member("PEER_COACH", "2019-02-01", null);
            events.caseOwner("CareNetworkChanged", client, "change", "ADDED", "member", member,
                    "changedAt", "2019-02-01T09:00:00+02:00");
            Map<String, Object> ended = new HashMap<>(member);
            ended.put("until", "2019-03-15");
            events.caseOwner("CareNetworkChanged", client, "change", "ENDED", "member", ended,
                    "changedAt", "2019-03-15T09:00:00+02:00");
        }
        UUID stillSupported = UUID.randomUUID();
        events.caseOwner("CareNetworkChanged", stillSupported, "change", "ADDED",
                "member", member("PEER_COACH", "2019-05-01", null), "changedAt", "2019-05-01T09:00:00+03:00");
        UUID ownWorkerOnly = UUID.randomUUID();
        events.caseOwner("CareNetworkChanged", ownWorkerOnly, "change", "ADDED",
                "member", member("OWN_WORKER", "2019-02-01", null), "changedAt", "2019-02-01T09:00:00+02:00");
        events.publish(kafka);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath report = report("/api/v1/reports/peer-support?year=2019");
            assertThat(report.getString("clients.display")).isEqualTo("7");
            assertThat(quarter(report, "2019-Q1")).isEqualTo("6");
            assertThat(quarter(report, "2019-Q2")).as("the six ended in March").isEqualTo("<5");
        });
        JsonPath report = report("/api/v1/reports/peer-support?year=2019");
        assertThat(report.<String>getList("byQuarter.quarter"))
                .containsExactly("2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4");
        assertThat(quarter(report, "2019-Q4")).as("the ongoing one").isEqualTo("<5");

        String csv = as(Roles.ANALYST).accept("text/csv").get("/api/v1/reports/peer-support?year=2019").then()
                .statusCode(200).extract().asString();
        assertThat(csv).startsWith("table,row,column,value\r\n")
                .contains("clients,total,,7\r\n", "byQuarter,2019-Q1,,6\r\n", "byQuarter,2019-Q2,,<5\r\n")
                .doesNotContain(stillSupported.toString());
    }

    private static Map<String, Object> member(String role, String from, String until) {
        return KnownEvents.data("memberId", UUID.randomUUID().toString(), "professionalId", null, "userId", null,
                "role", role, "organisation", "phhyky", "from", from, "until", until);
    }

    private static String quarter(JsonPath report, String quarter) {
        List<Map<String, Object>> quarters = report.getList("byQuarter");
        return quarters.stream().filter(q -> quarter.equals(q.get("quarter"))).findFirst()
                .map(q -> (String) ((Map<String, Object>) q.get("clients")).get("display"))
                .orElseThrow(() -> new AssertionError("no quarter " + quarter));
    }
}
