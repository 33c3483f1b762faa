package fi.polku.reporting.rest;

import static fi.polku.testkit.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class KpiResourceTest {

    private static final String MUNICIPALITY = "K01";

    @TestHTTPResource(value = "metrics", management = true)
    URL managementMetrics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void countsRegisteredClientsFromTheEventsConsistentlyWithTheClientsReportAndSkipsUnknownTypes() {
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            for (int i = 0; i < 6; i++) {
                UUID clientId = UUID.randomUUID();
                publisher.publish(Topics.INTAKE, "intake", "ClientRegistered", clientId,
                        Map.of("clientId", clientId.toString(), "municipalityCode", MUNICIPALITY, "ageBand", "25-29",
                                "preferredLanguage", "fi", "temporaryIdentityCode", false,
                                "registeredAt", "2018-02-1" + i + "T10:00:00+02:00"));
            }
            publisher.publish(Topics.INTAKE, "intake", "SomethingNewer", UUID.randomUUID(), Map.of("x", 1));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(registeredIn("2018-02")).isEqualTo("6"));

        JsonPath kpis = as(Roles.ANALYST).get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
        JsonPath clients = as(Roles.ANALYST).get("/api/v1/reports/clients").then().statusCode(200).extract().jsonPath();
        assertThat(kpis.getLong("clientsRegistered.value")).isGreaterThanOrEqualTo(6)
                .isEqualTo(clients.getLong("registered.total.value"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get(managementMetrics).then()
                .body(containsString("polku_reporting_events_skipped_total{type=\"fi.polku.intake.SomethingNewer.v1\"")));
    }

    /** The README promises CSV for every report; the headline figures are no exception. */
    @Test
    void theKpisAnswerCsvWithTheSameFiguresAsTheJson() {
        // events of other tests may still be projected between the two reads: compare once they agree
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath json = as(Roles.ANALYST).get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
            String csv = as(Roles.ANALYST).accept("text/csv").get("/api/v1/kpis").then().statusCode(200)
                    .contentType("text/csv").extract().asString();
            assertThat(csv.split("\r\n")).startsWith("table,row,column,value")
                    .contains("kpis,clientsRegistered,count," + json.getString("clientsRegistered.display"),
                            "kpis,clientsWithCaseOwner,count," + json.getString("clientsWithCaseOwner.display"),
                            "kpis,clientsWaitingForCaseOwner,count,"
                                    + json.getString("clientsWaitingForCaseOwner.display"));
        });
        as(Roles.JOB_COACH).accept("text/csv").get("/api/v1/kpis").then().statusCode(403);
    }

    private static String registeredIn(String month) {
        JsonPath report = as(Roles.ANALYST).get("/api/v1/reports/clients").then().statusCode(200).extract().jsonPath();
        List<String> columns = report.getList("registered.columns");
        List<Map<String, Object>> rows = report.getList("registered.rows");
        return rows.stream().filter(row -> MUNICIPALITY.equals(row.get("key"))).findFirst()
                .map(row -> ((List<Map<String, Object>>) row.get("cells")).get(columns.indexOf(month)).get("display"))
                .map(Object::toString).orElse("none");
    }

    @Test
    void onlyAnalystsSeeReports() {
        as(Roles.CASE_OWNER).get("/api/v1/kpis").then().statusCode(403).contentType("application/problem+json");
        as(Roles.COORDINATOR).get("/api/v1/reports/flow").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
