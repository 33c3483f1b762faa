package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The client's log request (Client Data Act §11): every service's accesses, kept here, as JSON and printable. */
@QuarkusTest
class AccessLogTest {

    private static final String PROVIDER = "0112038-9";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    AgroalDataSource dataSource;

    /** Its entries are published here as AccessRecorded v1, as they were before v2; the others' as v2. */
    private static final String OLD_VERSION_SERVICE = "case-owner";

    @Test
    void theAuditorGetsEveryServicesAccessesWithDisclosuresAndOldEntriesFlagged() {
        UUID client = TestClients.register();
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client).then().statusCode(200);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publishAccess(publisher, client, "coaching", "read coaching episode", PROVIDER, "CONSENT", now);
            publishAccess(publisher, client, "case-owner", "read care network", "hyvinvointialue-dev",
                    "CARE_RELATIONSHIP", now.minusYears(3));
            publishAccess(publisher, client, "coaching", "read meetings", PROVIDER, null, now, "DENIED");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(entries(client))
                .extracting(e -> e.get("action")).contains("read coaching episode", "read care network",
                        "read meetings"));
        List<Map<String, Object>> entries = entries(client);
        assertThat(entries).anySatisfy(entry -> assertThat(entry)
                .containsEntry("service", "intake").containsEntry("action", "register client")
                .containsEntry("actorSubject", "intake-worker-user").containsEntry("outcome", "ALLOWED")
                .containsEntry("basis", "CARE_RELATIONSHIP").containsEntry("disclosedTo", null)
                .containsEntry("olderThanTwoYears", false));
        assertThat(entries).as("an entry of v2 is kept with its purpose code").anySatisfy(entry -> assertThat(entry)
                .containsEntry("service", "coaching").containsEntry("basis", "CONSENT")
                .containsEntry("purpose", "SUPPORTED_EMPLOYMENT_COACHING")
                .containsEntry("disclosedTo", PROVIDER).containsEntry("olderThanTwoYears", false));
        assertThat(entries).as("an entry of v1, still on the topic, with its words").anySatisfy(entry -> assertThat(entry)
                .containsEntry("service", OLD_VERSION_SERVICE).containsEntry("purpose", "client service")
                .containsEntry("olderThanTwoYears", true));
        assertThat(entries).as("a refusal disclosed nothing").anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "read meetings").containsEntry("outcome", "DENIED")
                .containsEntry("actorOrganisation", PROVIDER).containsEntry("disclosedTo", null));
        assertThat(entries).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "read the client's access log").containsEntry("basis", "AUDIT"));

        String printable = as(Roles.AUDITOR).accept("text/html").get("/api/v1/clients/" + client + "/access-log")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(printable).contains("Access log", "read coaching episode", PROVIDER, "class=\"old\"");
    }

    /**
     * A coordinator's polling fills the log with SUPERVISION rows (issue 15): the auditor narrows it by period,
     * service and outcome, and pages the narrowed log in the same stable order.
     */
    @Test
    void theLogFiltersByPeriodServiceAndOutcomeAndPagesTheFilteredEntriesInOrder() {
        UUID client = TestClients.register();
        OffsetDateTime march = OffsetDateTime.parse("2025-03-10T10:00:00+02:00");
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            for (int i = 0; i < 5; i++) {
                publishAccess(publisher, client, "coaching", "read meetings " + i, PROVIDER, "CONSENT",
                        march.plusHours(i));
            }
            publishAccess(publisher, client, "coaching", "read plan", PROVIDER, null, march.plusHours(1), "DENIED");
            publishAccess(publisher, client, "case-owner", "read care network", "hyvinvointialue-dev",
                    "SUPERVISION", march.plusHours(2));
            publishAccess(publisher, client, "coaching", "read meetings in April", PROVIDER, "CONSENT",
                    march.plusMonths(1));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(entries(client))
                .extracting(e -> e.get("action")).contains("read meetings 4", "read plan", "read care network",
                        "read meetings in April"));

        List<String> allowedCoachingInMarch = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = as(Roles.AUDITOR).queryParam("from", "2025-03-01").queryParam("to", "2025-03-31")
                    .queryParam("service", "coaching").queryParam("outcome", "ALLOWED").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/clients/" + client + "/access-log").then().statusCode(200)
                    .extract().jsonPath();
            allowedCoachingInMarch.addAll(page.getList("items.action"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertThat(allowedCoachingInMarch).containsExactly("read meetings 0", "read meetings 1", "read meetings 2",
                "read meetings 3", "read meetings 4");

        assertThat(as(Roles.AUDITOR).queryParam("outcome", "DENIED").queryParam("to", "2025-12-31")
                .get("/api/v1/clients/" + client + "/access-log").then().statusCode(200).extract().jsonPath()
                .<String>getList("items.action")).containsExactly("read plan");
        assertThat(as(Roles.AUDITOR).queryParam("service", "case-owner").queryParam("from", "2025-03-10")
                .queryParam("to", "2025-03-10").get("/api/v1/clients/" + client + "/access-log").then()
                .statusCode(200).extract().jsonPath().<String>getList("items.action"))
                .containsExactly("read care network");
    }

    @Test
    void aBadFilterValueIsAProblemNamingTheField() {
        UUID client = TestClients.register();
        String log = "/api/v1/clients/" + client + "/access-log";
        as(Roles.AUDITOR).queryParam("outcome", "GRANTED").get(log).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", org.hamcrest.Matchers.hasItem("outcome"));
        as(Roles.AUDITOR).queryParam("from", "10.3.2025").get(log).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("from"));
        as(Roles.AUDITOR).queryParam("service", "Coaching Service").get(log).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("service"));
        as(Roles.AUDITOR).queryParam("from", "2025-03-10").queryParam("to", "2025-03-01").get(log).then()
                .statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("to"));
    }

    @Test
    void onlyAnAuditorMayReadTheLog() {
        UUID client = TestClients.register();
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/access-log").then().statusCode(403);
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + client + "/access-log").then().statusCode(403);
    }

    /**
     * The register writes its own entries in the transaction of the access; when they come back from the audit topic
     * they are skipped (no transaction, no processed-event row), while other services' entries are kept.
     */
    @Test
    void theRegistersOwnEntriesAreNotAppliedAgainFromTheTopic() throws SQLException {
        UUID client = TestClients.register();
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client).then().statusCode(200);
        List<String> own = EventLog.events(kafka, Topics.AUDIT, EventLog.ofType("AccessRecorded", client), 2,
                Duration.ofSeconds(20)).stream().map(event -> event.path("id").asText()).toList();
        assertThat(own).hasSizeGreaterThanOrEqualTo(2);
        String foreign;
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            foreign = publishAccess(publisher, client, "coaching", "read plan", PROVIDER, "CONSENT",
                    OffsetDateTime.now(ZoneOffset.UTC));
        }

        // One client's entries share a partition: once the later entry is kept, the earlier ones have come back.
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(List.of(foreign)) == 1);
        assertThat(processed(own)).isZero();
        assertThat(entries(client)).extracting(e -> e.get("service")).contains("intake", "coaching");
    }

    private long processed(List<String> eventIds) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT count(*) FROM processed_event WHERE consumer = 'intake.access-log' AND event_id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            var result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }

    private static List<Map<String, Object>> entries(UUID client) {
        JsonPath log = as(Roles.AUDITOR).queryParam("limit", 200).get("/api/v1/clients/" + client + "/access-log")
                .then().statusCode(200).extract().jsonPath();
        return log.getList("items");
    }

    private static String publishAccess(EventPublisher publisher, UUID client, String service, String action,
            String organisation, String basis, OffsetDateTime at) {
        return publishAccess(publisher, client, service, action, organisation, basis, at, "ALLOWED");
    }

    private static String publishAccess(EventPublisher publisher, UUID client, String service, String action,
            String organisation, String basis, OffsetDateTime at, String outcome) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("id", UUID.randomUUID().toString());
        entry.put("occurredAt", at.toString());
        entry.put("service", service);
        entry.put("actorSubject", "someone-in-" + service);
        entry.put("actorName", "Someone in " + service);
        entry.put("actorRoles", "job-coach");
        entry.put("actorOrganisation", organisation);
        entry.put("clientId", client.toString());
        entry.put("action", action);
        entry.put("outcome", outcome);
        entry.put("basis", basis);
        if (OLD_VERSION_SERVICE.equals(service)) {
            entry.put("purpose", "client service");
            return publisher.publish(Topics.AUDIT, service, "AccessRecorded", 1, client, entry);
        }
        entry.put("purposeCode", "SUPPORTED_EMPLOYMENT_COACHING");
        return publisher.publish(Topics.AUDIT, service, "AccessRecorded", 2, client, entry);
    }
}
