package fi.polku.reporting.rest;

import static fi.polku.reporting.rest.ReportsFromEventsTest.listed;
import static fi.polku.reporting.rest.ReportsFromEventsTest.report;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.platform.servicemap.ServicePlace;
import fi.polku.reporting.KnownEvents;
import fi.polku.reporting.domain.Periods;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Where the clients are now (issue 15): case-owner's ClientPlaceChanged, sent at every move on the service map,
 * counted per place over the open clientships in the flow report. Clients registered in 2014, which no other test of
 * the module uses.
 */
@QuarkusTest
class ClientPlacesReportTest {

    private static final String[] REGISTERED = {"2014-02-01", "2014-02-02", "2014-02-03", "2014-02-04", "2014-05-20"};
    /** The fifth comes to work activity on the day of its registration: on the same day the later event wins. */
    private static final String[] IN_WORK_ACTIVITY_SINCE = {"2014-05-01", "2014-05-02", "2014-05-05", "2014-05-10",
            "2014-05-20"};

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theOpenClientshipsAreCountedInTheirLatestPlaceWithTheDaysThere() {
        KnownEvents events = new KnownEvents();
        List<UUID> inWorkActivity = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID()).toList();
        for (int i = 0; i < 5; i++) {
            UUID client = inWorkActivity.get(i);
            events.registered(client, "R14", REGISTERED[i] + "T08:00:00Z");
            placeChanged(events, client, ServicePlace.SERVICE_GUIDANCE, REGISTERED[i], null, "CLIENT_REGISTERED");
            placeChanged(events, client, ServicePlace.REHABILITATIVE_WORK_ACTIVITY, IN_WORK_ACTIVITY_SINCE[i],
                    ServicePlace.SERVICE_GUIDANCE, "CASE_OWNER");
        }
        // entered in June, back-dated to before the place the client came to in May
        events.caseOwner("ClientPlaceChanged", inWorkActivity.get(0), "place", "WORK_TRIAL", "since", "2014-03-01",
                "previousPlace", "REHABILITATIVE_WORK_ACTIVITY", "source", "CASE_OWNER",
                "changedAt", "2014-06-10T12:00:00+03:00");
        UUID employed = UUID.randomUUID();
        events.registered(employed, "R14", "2014-02-01T08:00:00Z");
        placeChanged(events, employed, ServicePlace.SERVICE_GUIDANCE, "2014-02-01", null, "CLIENT_REGISTERED");
        placeChanged(events, employed, ServicePlace.OPEN_LABOUR_MARKET, "2014-06-02", ServicePlace.SERVICE_GUIDANCE,
                "CLIENTSHIP_CLOSED");
        // The last events of the two clients show in the report: the place events before them have been applied
        events.caseOwner("ClientshipClosed", employed, "reason", "EMPLOYED", "caseOwnerProfessionalId", null,
                "followUpDue", "2014-08-01", "closedAt", "2014-06-02T10:00:00+03:00");
        events.ownerAssigned(inWorkActivity.get(0), "2014-06-11T10:00:00+03:00");
        events.publish(kafka);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath flow = report("/api/v1/reports/flow?year=2014");
            assertThat(listed(flow, "gaps", "FOLLOW_UP_OVERDUE")).isEqualTo("<5");
            assertThat(flow.getString("funnel.find { it.step == 'caseOwner' }.clients.display")).isEqualTo("<5");
        });
        JsonPath flow = report("/api/v1/reports/flow?year=2014");
        assertThat(clients(flow, ServicePlace.REHABILITATIVE_WORK_ACTIVITY))
                .as("the back-dated work trial does not replace the later work activity").isEqualTo("5");
        assertThat(flow.getList("whereNow.place"))
                .containsExactly(Arrays.stream(ServicePlace.values()).map(Enum::name).toArray());
        assertThat(clients(flow, ServicePlace.WORK_TRIAL)).isEqualTo("0");
        assertThat(clients(flow, ServicePlace.SERVICE_GUIDANCE)).isEqualTo("0");
        assertThat(clients(flow, ServicePlace.OPEN_LABOUR_MARKET)).as("a closed clientship").isEqualTo("0");
        LocalDate reportDay = Periods.day(OffsetDateTime.parse(flow.getString("asOf")));
        assertThat(workActivity(flow, "medianDaysThere")).isEqualTo(daysSince("2014-05-05", reportDay));
        assertThat(workActivity(flow, "p90DaysThere")).as("the back-dated entry leaves the day too")
                .isEqualTo(daysSince("2014-05-01", reportDay));

        String csv = as(Roles.ANALYST).accept("text/csv").get("/api/v1/reports/flow?year=2014").then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains("whereNow,REHABILITATIVE_WORK_ACTIVITY,clients,5\r\n", "whereNow,PENSION,clients,0\r\n");

        // Closed again within 2014: every registered client counts in the later quarters of the employment reports
        KnownEvents closures = new KnownEvents();
        inWorkActivity.forEach(client -> closures.caseOwner("ClientshipClosed", client, "reason",
                "NO_LONGER_NEEDS_SERVICE", "caseOwnerProfessionalId", null, "followUpDue", null,
                "closedAt", "2014-12-31T10:00:00+02:00"));
        closures.publish(kafka);
        await().atMost(Duration.ofSeconds(60)).until(() -> "0".equals(clients(
                report("/api/v1/reports/flow?year=2014"), ServicePlace.REHABILITATIVE_WORK_ACTIVITY)));
    }

    private static void placeChanged(KnownEvents events, UUID client, ServicePlace place, String since,
            ServicePlace previous, String source) {
        events.caseOwner("ClientPlaceChanged", client, "place", place.name(), "since", since,
                "previousPlace", previous == null ? null : previous.name(), "source", source,
                "changedAt", since + "T12:00:00+03:00");
    }

    private static String clients(JsonPath flow, ServicePlace place) {
        return flow.getString("whereNow.find { it.place == '" + place + "' }.clients.display");
    }

    private static double workActivity(JsonPath flow, String figure) {
        return flow.getDouble("whereNow.find { it.place == 'REHABILITATIVE_WORK_ACTIVITY' }." + figure);
    }

    private static double daysSince(String day, LocalDate reportDay) {
        return ChronoUnit.DAYS.between(LocalDate.parse(day), reportDay);
    }
}
