package fi.polku.system;

import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.contract.ResponseValidation;
import fi.polku.testkit.demo.DemoCounty;
import fi.polku.testkit.system.PolkuService;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * {@code ./polku up --demo}: the demo county loaded through the public APIs fills every report and chart with
 * figures that respect the small-number suppression and the demo users' work lists, and loading it again
 * duplicates nothing.
 */
@ExtendWith(RunningSystem.class)
@Order(Integer.MAX_VALUE)
class DemoCountyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REPORTS = List.of("/api/v1/kpis", "/api/v1/reports/clients",
            "/api/v1/reports/referrals", "/api/v1/reports/segments", "/api/v1/reports/flow",
            "/api/v1/reports/assessments", "/api/v1/reports/coaching", "/api/v1/reports/satisfaction");

    private static DemoCounty.Loaded first;

    @BeforeAll
    static void loadTheDemo() {
        first = new DemoCounty(RunningSystem.system()::url).load();
        System.out.println(DemoCounty.summary(first));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(report("/api/v1/kpis")
                .at("/clientsRegistered/value").asLong()).isGreaterThanOrEqualTo(DemoCounty.CLIENTS));
    }

    @Test
    void everyReportAndChartHasFiguresAndNoCountBelowFiveIsShown() {
        assertThat(first.alreadyThere()).isFalse();
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            REPORTS.forEach(path -> reports.put(path, report(path)));
            // every chart of the dashboard, and each report's main table, has at least one shown figure
            assertThat(shown(reports.get("/api/v1/reports/flow").get("funnel"))).hasSizeGreaterThanOrEqualTo(5);
            assertThat(shown(reports.get("/api/v1/reports/flow").get("daysToCaseOwner"))).isNotEmpty();
            assertThat(shown(reports.get("/api/v1/reports/flow").get("gaps"))).isNotEmpty();
            assertThat(shown(reports.get("/api/v1/reports/referrals").at("/byMonth/rows"))).hasSizeGreaterThan(12);
            assertThat(shown(reports.get("/api/v1/reports/referrals").get("byPartyAndChannel"))).isNotEmpty();
            assertThat(shown(reports.get("/api/v1/reports/clients").get("registered"))).isNotEmpty();
            assertThat(shown(reports.get("/api/v1/reports/segments").get("clients"))).isNotEmpty();
            assertThat(shown(reports.get("/api/v1/reports/assessments").get("workAbilityEstimates"))).isNotEmpty();
            assertThat(shown(reports.get("/api/v1/reports/assessments").get("recommendedServices"))).isNotEmpty();
            assertThat(reports.get("/api/v1/reports/assessments").get("instrumentChanges")).isNotEmpty();
            JsonNode coaching = reports.get("/api/v1/reports/coaching");
            assertThat(shown(coaching.get("clientsCoached"))).isNotEmpty();
            assertThat(shown(coaching.get("outcomes"))).isNotEmpty();
            assertThat(shown(coaching.get("employedOpenLabourMarket"))).isNotEmpty();
            assertThat(coaching.at("/quarterlyEmployment/rates")).anyMatch(rate -> rate.path("ratePercent").isNumber());
            assertThat(coaching.get("fidelityReviews")).hasSize(3);
            assertThat(shown(reports.get("/api/v1/reports/satisfaction").get("distribution"))).isNotEmpty();
            assertThat(reports.get("/api/v1/reports/satisfaction").get("mean").isNumber()).isTrue();
            JsonNode wholePackage = reports.get("/api/v1/reports/satisfaction").get("wholePackage");
            assertThat(wholePackage.get("withheld").asBoolean()).as("the case owners' closures asked it").isFalse();
            assertThat(wholePackage.get("atClosure").asLong()).isGreaterThanOrEqualTo(5);
        });
        reports.forEach((path, report) -> counts(report).forEach(count -> {
            JsonNode value = count.get("value");
            String display = count.get("display").asText();
            if (value == null || value.isNull()) {
                assertThat(display).as(path + ": a withheld count says so").isIn("<5", "..");
            } else {
                assertThat(value.asLong()).as(path + ": no count of 1-4 is shown").matches(v -> v == 0 || v >= 5);
                assertThat(display).as(path).isEqualTo(value.asText());
            }
        }));
        assertThat(reports.values().stream().flatMap(report -> counts(report).stream())
                .filter(count -> "<5".equals(count.get("display").asText()))).as("some cells are small").isNotEmpty();
    }

    @Test
    void theDemoUsersWorkListsHaveContent() {
        assertThat(asDemoUser(PolkuService.CASE_OWNER, Roles.CASE_OWNER, "demo-case-owner-1")
                .get("/api/v1/professionals/me/caseload").then().statusCode(200).extract().jsonPath().getList("items"))
                .as("the first case owner's caseload").isNotEmpty();
        assertThat(call(PolkuService.INTAKE, Roles.COORDINATOR).get("/api/v1/intake/queue").then().statusCode(200)
                .extract().jsonPath().getList("items")).as("clients referred but not yet screened").isNotEmpty();
        // the closed clientships' follow-up contacts fall due one to three months after the load
        String dueBefore = LocalDate.now().plusMonths(4).toString();
        long followUps = 0;
        for (int n = 1; n <= 20; n++) {
            followUps += asDemoUser(PolkuService.CASE_OWNER, Roles.CASE_OWNER, "demo-case-owner-" + n)
                    .queryParam("dueBefore", dueBefore).queryParam("limit", 200).get("/api/v1/follow-ups")
                    .then().statusCode(200).extract().jsonPath().getList("items").size();
        }
        assertThat(followUps).as("follow-ups of the closed clientships").isPositive();
    }

    private static RequestSpecification asDemoUser(PolkuService service, String role, String subject) {
        return RestAssured.given().baseUri(RunningSystem.system().url(service))
                .filter(ResponseValidation.against(service.shortName()))
                .auth().oauth2(Tokens.token(role, Tokens.DEFAULT_ORGANISATION, subject))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    @Test
    void loadingAgainDuplicatesNothing() {
        long clients = count(PolkuService.INTAKE, "SELECT count(*) FROM client");
        long professionals = count(PolkuService.CASE_OWNER, "SELECT count(*) FROM professional");
        long episodes = count(PolkuService.COACHING, "SELECT count(*) FROM episode");

        DemoCounty.Loaded again = new DemoCounty(RunningSystem.system()::url).load();

        assertThat(again.alreadyThere()).isTrue();
        assertThat(count(PolkuService.INTAKE, "SELECT count(*) FROM client")).isEqualTo(clients);
        assertThat(count(PolkuService.CASE_OWNER, "SELECT count(*) FROM professional")).isEqualTo(professionals);
        assertThat(count(PolkuService.COACHING, "SELECT count(*) FROM episode")).isEqualTo(episodes);
    }

    private static JsonNode report(String path) {
        try {
            return JSON.readTree(call(PolkuService.REPORTING, Roles.ANALYST).get(path).then().statusCode(200)
                    .extract().asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shown (not withheld, not zero) counts anywhere under {@code node}. */
    private static List<JsonNode> shown(JsonNode node) {
        return counts(node).stream().filter(count -> count.path("value").asLong() > 0).toList();
    }

    /** Every suppressed-count object ({@code value}, {@code display}) under {@code node}. */
    private static List<JsonNode> counts(JsonNode node) {
        List<JsonNode> found = new ArrayList<>();
        if (node.has("display") && node.has("value")) {
            found.add(node);
        }
        node.elements().forEachRemaining(child -> found.addAll(counts(child)));
        return found;
    }
}
