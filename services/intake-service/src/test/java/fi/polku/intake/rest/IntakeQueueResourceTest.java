package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class IntakeQueueResourceTest {

    /** Alajärvi: no other test of this module registers clients there. */
    private static final String MUNICIPALITY = "005";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void listsClientsNeitherScreenedNorBookedOldestFirstWithTheirWaitingTime() throws Exception {
        UUID waitingLongest = TestClients.register(MUNICIPALITY);
        UUID screened = TestClients.register(MUNICIPALITY);
        UUID booked = TestClients.register(MUNICIPALITY);
        UUID waitingNewest = TestClients.register(MUNICIPALITY);
        registeredDaysAgo(waitingLongest, 10);
        registeredDaysAgo(screened, 9);
        registeredDaysAgo(booked, 8);

        as(Roles.INTAKE_WORKER).body(Map.of("signals", List.of(), "monthsUnemployed", 0, "motivation", "MOTIVATED"))
                .post("/api/v1/clients/" + screened + "/screenings").then().statusCode(201);
        as(Roles.INTAKE_WORKER).body(Map.of("kind", "TEAM_APPOINTMENT", "teamId", UUID.randomUUID().toString(),
                        "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString(), "reason", "r"))
                .post("/api/v1/clients/" + booked + "/team-bookings").then().statusCode(201);

        JsonPath queue = as(Roles.COORDINATOR).queryParam("municipalityCode", MUNICIPALITY)
                .get("/api/v1/intake/queue").then().statusCode(200).extract().jsonPath();
        assertThat(queue.getList("items.clientId")).containsExactly(waitingLongest.toString(),
                waitingNewest.toString());
        assertThat(queue.getLong("items[0].waitingDays")).isEqualTo(10);
        assertThat(queue.getString("items[0].waitingTime")).startsWith("PT24");
        assertThat(queue.getLong("items[1].waitingDays")).isZero();
        assertThat(queue.getString("items[1].municipalityCode")).isEqualTo(MUNICIPALITY);

        as(Roles.INTAKE_WORKER).queryParam("municipalityCode", MUNICIPALITY).queryParam("limit", 1)
                .get("/api/v1/intake/queue").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].clientId", equalTo(waitingLongest.toString()));
    }

    @Test
    void invalidFiltersAreRejectedAndOtherRolesCannotSeeTheQueue() {
        as(Roles.INTAKE_WORKER).queryParam("limit", 0).get("/api/v1/intake/queue").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("limit"));
        as(Roles.INTAKE_WORKER).queryParam("municipalityCode", "Alajärvi").get("/api/v1/intake/queue").then()
                .statusCode(400).body("violations[0].field", equalTo("municipalityCode"));
        as(Roles.JOB_COACH).get("/api/v1/intake/queue").then().statusCode(403);
    }

    private void registeredDaysAgo(UUID client, int days) throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "UPDATE client SET registered_at = now() - make_interval(days => ?) WHERE id = ?")) {
            statement.setInt(1, days);
            statement.setObject(2, client);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    @AfterAll
    static void noIdentityCodeInTheLogs() {
        TestClients.assertNoIdentityCodeInTheLogs();
    }
}
