package fi.polku.reporting.rest;

import static fi.polku.reporting.rest.ReportsFromEventsTest.cell;
import static fi.polku.reporting.rest.ReportsFromEventsTest.report;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.reporting.KnownEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Who the clients are, as seed 004 groups them ("Palveluja hakevat uudet asiakkaat", "Palvelujen ulkopuolella
 * olevat henkilöt", "Palvelujen piirissä olevat asiakkaat") and as the team's target group is defined (TE office
 * job seekers and people "jotka eivät ole TE-toimistossa työnhakijoina"). Registrations of 2022, which no other
 * test of the module uses.
 */
@QuarkusTest
class ClientGroupsReportTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void countsClientsByGroupAndJobSeekerRegistrationWithSuppressionAndTheLatestDetails() {
        KnownEvents events = new KnownEvents();
        for (int i = 1; i <= 6; i++) {
            registered(events, UUID.randomUUID(), "OUTSIDE_SERVICES", "NOT_REGISTERED");
        }
        registered(events, UUID.randomUUID(), "EXISTING_CLIENT", "TE_OFFICE");
        UUID recordedLater = UUID.randomUUID();
        registered(events, recordedLater, null, null);
        events.intake("ClientDetailsChanged", recordedLater, "municipalityCode", "R14", "preferredLanguage", "fi",
                "clientGroup", "NEW_CLIENT_SEEKING_SERVICES", "jobSeekerRegistration", "MUNICIPAL_EMPLOYMENT_SERVICES",
                "changedAt", "2022-05-02T10:00:00+03:00");
        registered(events, UUID.randomUUID(), null, null);
        events.publish(kafka);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath report = report("/api/v1/reports/client-groups?year=2022");
            assertThat(report.getString("clients.total.display")).isEqualTo("9");
            assertThat(cell(report, "clients", "OUTSIDE_SERVICES", "NOT_REGISTERED")).isEqualTo("6");
            assertThat(cell(report, "clients", "OUTSIDE_SERVICES", "TE_OFFICE")).isEqualTo("0");
            assertThat(cell(report, "clients", "EXISTING_CLIENT", "TE_OFFICE")).isEqualTo("<5");
            assertThat(cell(report, "clients", "NEW_CLIENT_SEEKING_SERVICES", "MUNICIPAL_EMPLOYMENT_SERVICES"))
                    .isEqualTo("<5");
            assertThat(cell(report, "clients", "unknown", "unknown")).isEqualTo("<5");
            assertThat(cell(report, "clients", "unknown", "MUNICIPAL_EMPLOYMENT_SERVICES")).isEqualTo("0");
        });
        String csv = as(Roles.ANALYST).accept("text/csv").get("/api/v1/reports/client-groups?year=2022").then()
                .statusCode(200).extract().asString();
        assertThat(csv).startsWith("table,row,column,value\r\n")
                .contains("clients,OUTSIDE_SERVICES,NOT_REGISTERED,6\r\n", "clients,total,total,9\r\n")
                .doesNotContain(recordedLater.toString());
    }

    private static void registered(KnownEvents events, UUID client, String group, String registration) {
        events.intake("ClientRegistered", client, "municipalityCode", "R14", "ageBand", "30-34",
                "preferredLanguage", "fi", "temporaryIdentityCode", false, "clientGroup", group,
                "jobSeekerRegistration", registration, "registeredAt", "2022-04-01T10:00:00+03:00");
    }
}
