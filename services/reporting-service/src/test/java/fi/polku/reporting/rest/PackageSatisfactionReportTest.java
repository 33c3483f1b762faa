package fi.polku.reporting.rest;

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
 * Satisfaction with the whole service package (seed 004, "Tulokset": "Asiakastyytyvaisyys 8,6 (asteikko 1 — 10)",
 * for the project's 38 clients), asked by the case owner at closure (ClientshipClosed) and at the follow-up contact (FollowUpCompleted),
 * reported next to coaching's satisfaction. The only test of the module that sends these scores.
 */
@QuarkusTest
class PackageSatisfactionReportTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theWholePackageScoresAtClosureAndFollowUpAreCountedNextToCoachingsSatisfaction() {
        KnownEvents events = new KnownEvents();
        int[] atClosure = {9, 8, 10};
        for (int score : atClosure) {
            events.caseOwner("ClientshipClosed", UUID.randomUUID(), "reason", "STUDIES", "caseOwnerProfessionalId",
                    null, "followUpDue", "2018-03-01", "satisfaction", score,
                    "closedAt", "2018-01-02T10:00:00+02:00");
        }
        events.caseOwner("ClientshipClosed", UUID.randomUUID(), "reason", "STUDIES", "caseOwnerProfessionalId",
                null, "followUpDue", "2018-03-01", "satisfaction", null, "closedAt", "2018-01-02T10:00:00+02:00");
        int[] atFollowUp = {7, 9};
        for (int score : atFollowUp) {
            events.caseOwner("FollowUpCompleted", UUID.randomUUID(), "followUpId", UUID.randomUUID().toString(),
                    "outcome", "DOING_FINE", "satisfaction", score, "completedAt", "2018-03-02T10:00:00+02:00");
        }
        events.caseOwner("FollowUpCompleted", UUID.randomUUID(), "followUpId", UUID.randomUUID().toString(),
                "outcome", "COULD_NOT_REACH", "satisfaction", null, "completedAt", "2018-03-02T10:00:00+02:00");
        events.publish(kafka);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath report = report("/api/v1/reports/satisfaction");
            assertThat(report.getLong("wholePackage.answers")).isEqualTo(5);
            assertThat(report.getBoolean("wholePackage.withheld")).isFalse();
            assertThat(report.getLong("wholePackage.atClosure")).isEqualTo(3);
            assertThat(report.getLong("wholePackage.atFollowUp")).isEqualTo(2);
            assertThat(report.getLong("wholePackage.distribution.9")).isEqualTo(2);
            assertThat(report.getDouble("wholePackage.mean")).isEqualTo(8.6);
        });
        String csv = as(Roles.ANALYST).accept("text/csv").get("/api/v1/reports/satisfaction").then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains("wholePackage,answers,,5\r\n", "wholePackage,mean,,8.6\r\n",
                "wholePackageDistribution,9,,2\r\n");
    }
}
