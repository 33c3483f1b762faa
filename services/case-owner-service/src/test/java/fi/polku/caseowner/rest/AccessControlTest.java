package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.professional;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.AccessMatrix;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Who may see a client in the case-owner service: the case owner, the care network, consent, emergency access. */
@QuarkusTest
class AccessControlTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void serviceStartsFollowTheAccessMatrix() {
        UUID client = knownClient("853");
        new AccessMatrix("service starts", caller -> caller.get("/api/v1/clients/" + client + "/service-starts"),
                client, Roles.CASE_OWNER, Roles.ANALYST, "SERVICE_COORDINATION", dataSource, kafka).verify();
    }

    @Test
    void theCareNetworkFollowsTheAccessMatrixForProfessionalsWhileCoordinatorsSuperviseIt() {
        UUID client = knownClient("853");
        new AccessMatrix("care network", caller -> caller.get("/api/v1/clients/" + client + "/network"),
                client, Roles.CASE_OWNER, Roles.ANALYST, "SERVICE_COORDINATION", dataSource, kafka).verify();
        as(Roles.COORDINATOR, Tokens.DEFAULT_ORGANISATION, "supervisor-" + client)
                .get("/api/v1/clients/" + client + "/network").then().statusCode(200);
    }

    @Test
    void theServicePlacesFollowTheAccessMatrixWhileCoordinatorsSuperviseThem() {
        UUID client = knownClient("853");
        new AccessMatrix("service places", caller -> caller.get("/api/v1/clients/" + client + "/places"),
                client, Roles.CASE_OWNER, Roles.ANALYST, "SERVICE_COORDINATION", dataSource, kafka).verify();
        new AccessMatrix("recording a service place", caller -> caller.body(Map.of("place", "TRAINING",
                        "since", LocalDate.now().minusDays(1).toString())).post("/api/v1/clients/" + client + "/places"),
                client, Roles.CASE_OWNER, Roles.ANALYST, "SERVICE_COORDINATION", dataSource, kafka).verify();
        as(Roles.COORDINATOR, Tokens.DEFAULT_ORGANISATION, "supervisor-" + client)
                .get("/api/v1/clients/" + client + "/places").then().statusCode(200);
    }

    @Test
    void theAssignedCaseOwnerSeesTheClientAndLosesAccessAtOnceWhenTheClientIsReassigned() {
        String municipality = "858";
        String first = ownerWithUserId("owner-one-" + UUID.randomUUID(), municipality);
        UUID client;
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            client = registerClient(publisher, municipality);
        }
        String firstUser = userIdOf(first);
        UUID assigned = client;
        await().atMost(Duration.ofSeconds(90)).until(() -> caller(firstUser)
                .get("/api/v1/clients/" + assigned + "/service-starts").statusCode() == 200);

        String secondUser = "owner-two-" + UUID.randomUUID();
        String second = ownerWithUserId(secondUser, municipality);
        String etag = as(Roles.COORDINATOR).get("/api/v1/clients/" + client + "/case-owner").then().statusCode(200)
                .extract().header("ETag");
        as(Roles.COORDINATOR).header("If-Match", etag)
                .body(Map.of("professionalId", second, "reason", "workload", "handoverNote", "Next: team meeting"))
                .put("/api/v1/clients/" + client + "/case-owner").then().statusCode(200);

        caller(firstUser).get("/api/v1/clients/" + client + "/service-starts").then().statusCode(403);
        caller(secondUser).get("/api/v1/clients/" + client + "/service-starts").then().statusCode(200);
    }

    @Test
    void aMemberRemovedFromTheCareNetworkLosesAccessAtOnce() {
        UUID client = knownClient("853");
        String memberUser = "network-member-" + UUID.randomUUID();
        String member = as(Roles.CASE_OWNER).body(Map.of("name", "Riikka Ohjaaja", "organisation", "Työpaja",
                        "userId", memberUser, "role", "REHABILITATIVE_WORK_INSTRUCTOR",
                        "reason", "Instructs the client's rehabilitative work"))
                .post("/api/v1/clients/" + client + "/network").then().statusCode(201).extract().path("id");
        caller(memberUser).get("/api/v1/clients/" + client + "/service-starts").then().statusCode(200);

        as(Roles.CASE_OWNER).delete("/api/v1/clients/" + client + "/network/" + member + "?reason=moved")
                .then().statusCode(200);
        caller(memberUser).get("/api/v1/clients/" + client + "/service-starts").then().statusCode(403);
    }

    @Test
    void aCaseloadShowsACaseOwnerOnlyTheClientsTheyMaySeeAndACoordinatorAll() {
        String municipality = "859";
        String owner = ownerWithUserId("owner-" + UUID.randomUUID(), municipality);
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            registerClient(publisher, municipality);
            registerClient(publisher, municipality);
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> as(Roles.COORDINATOR)
                .queryParam("limit", 200).get("/api/v1/professionals/" + owner + "/caseload").then().extract()
                .<Integer>path("items.size()") == 2);
        String stranger = "another-owner-" + UUID.randomUUID();
        List<Object> seen = caller(stranger).get("/api/v1/professionals/" + owner + "/caseload").then()
                .statusCode(200).extract().path("items");
        assertThat(seen).isEmpty();
        assertThat(caller(userIdOf(owner)).get("/api/v1/professionals/" + owner + "/caseload").then()
                .statusCode(200).extract().<List<Object>>path("items")).hasSize(2);
    }

    private UUID knownClient(String municipality) {
        UUID client;
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            client = registerClient(publisher, municipality);
        }
        UUID known = client;
        await().atMost(Duration.ofSeconds(90)).until(() -> as(Roles.COORDINATOR)
                .get("/api/v1/clients/" + known + "/case-owner").statusCode() == 200);
        return client;
    }

    private static String ownerWithUserId(String userId, String municipality) {
        Map<String, Object> body = professional("Omatyöntekijä " + userId, "SOCIAL_WELFARE_OWN_WORKER", municipality,
                50);
        body.put("userId", userId);
        return addProfessional(body);
    }

    private static String userIdOf(String professionalId) {
        return as(Roles.COORDINATOR).get("/api/v1/professionals/" + professionalId).then().statusCode(200)
                .extract().path("userId");
    }

    private static RequestSpecification caller(String subject) {
        return as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, subject);
    }
}
