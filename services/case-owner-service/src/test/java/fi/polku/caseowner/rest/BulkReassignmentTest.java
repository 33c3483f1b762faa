package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.WAIT;
import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.professional;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.caseowner.rest.Fixtures.updateProfessional;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BulkReassignmentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    EventPublisher publisher;

    @BeforeEach
    void connect() {
        publisher = new EventPublisher(kafka);
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    private List<UUID> caseloadOf(String leaving, String municipality, int clients) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            ids.add(registerClient(publisher, municipality));
        }
        await().atMost(WAIT.multipliedBy(2)).until(() -> as(Roles.COORDINATOR)
                .queryParam("limit", 200).get("/api/v1/professionals/" + leaving + "/caseload").then().extract()
                .<Integer>path("items.size()")
                == clients);
        return ids;
    }

    @Test
    void aLeavingProfessionalsFiftyClientsMoveByTheRulesAndTheRestIsReported() {
        Map<String, Object> leavingBody = professional("Leena Lähtijä", "SOCIAL_WELFARE_OWN_WORKER", "721", 60);
        String leaving = addProfessional(leavingBody);
        List<UUID> clients = caseloadOf(leaving, "721", 50);
        String big = addProfessional("Iso Kapasiteetti", "WORK_ABILITY_COORDINATOR", "721", 30);
        String small = addProfessional("Pieni Kapasiteetti", "EMPLOYMENT_SERVICES_OWN_COACH", "721", 15);
        addProfessional("Väärä Rooli", "JOB_COACH", "721", 50);
        leavingBody.put("active", false);
        leavingBody.put("inactiveReason", "LEAVING");
        updateProfessional(leaving, leavingBody);

        UUID special = clients.get(7);
        var report = as(Roles.COORDINATOR).body(Map.of("reasonCode", "OWNER_LEFT", "reason", "Leena retires",
                        "handoverNote", "Read the latest next step before the first contact.",
                        "handoverNotes", Map.of(special.toString(), "Prefers phone calls in Swedish.")))
                .post("/api/v1/professionals/" + leaving + "/reassignments").then().statusCode(200).extract();

        assertThat(report.<Integer>path("caseload")).isEqualTo(50);
        List<String> targets = report.path("moved.toProfessionalId");
        assertThat(targets).hasSize(45);
        assertThat(targets.stream().filter(big::equals)).hasSize(30);
        assertThat(targets.stream().filter(small::equals)).hasSize(15);
        List<String> notPlaced = report.path("notPlaced.clientId");
        assertThat(notPlaced).hasSize(5);
        as(Roles.COORDINATOR).get("/api/v1/professionals/" + leaving + "/caseload").then().body("items.size()", equalTo(0));
        for (String waiting : notPlaced) {
            as(Roles.CASE_OWNER).get("/api/v1/clients/" + waiting + "/case-owner").then()
                    .body("status", equalTo("UNASSIGNED"));
        }

        var history = as(Roles.CASE_OWNER).get("/api/v1/clients/" + special + "/case-owner/history").then()
                .statusCode(200).extract();
        assertThat(history.<List<String>>path("items.fromProfessionalId")).containsExactly(null, leaving);
        assertThat(history.<String>path("items[1].handoverNote")).isEqualTo("Prefers phone calls in Swedish.");
        assertThat(history.<String>path("items[1].reason")).startsWith("Leena retires");
        UUID ordinary = clients.get(8);
        assertThat(as(Roles.CASE_OWNER).get("/api/v1/clients/" + ordinary + "/case-owner/history").then().extract()
                .<String>path("items[1].handoverNote")).isEqualTo("Read the latest next step before the first contact.");

        UUID movedClient = UUID.fromString(report.path("moved[0].clientId"));
        var changed = Fixtures.validEvent(kafka, "CaseOwnerChanged", movedClient);
        assertThat(changed.path("data").path("fromProfessionalId").asText()).isEqualTo(leaving);
        assertThat(changed.path("data").path("reasonCode").asText()).isEqualTo("OWNER_LEFT");
        assertThat(changed.toString()).doesNotContain("Leena retires");
        var unavailable = Fixtures.validEvent(kafka, "CaseOwnerUnavailable", UUID.fromString(notPlaced.get(0)));
        EventSchemas.assertValid(unavailable);
    }

    @Test
    void aNamedSuccessorTakesTheClientsUpToTheirCapacityAndTheRulesTheRest() {
        String leaving = addProfessional("Seppo Siirtyjä", "SOCIAL_WELFARE_OWN_WORKER", "722", 10);
        caseloadOf(leaving, "722", 4);
        String successor = addProfessional("Sari Seuraaja", "SOCIAL_WELFARE_OWN_WORKER", "799", 3);
        String other = addProfessional("Olli Muu", "SOCIAL_WELFARE_OWN_WORKER", "722", 10);

        var report = as(Roles.COORDINATOR).body(Map.of("successorId", successor, "reason", "Seppo moves to Lahti",
                        "handoverNote", "All plans are up to date."))
                .post("/api/v1/professionals/" + leaving + "/reassignments").then().statusCode(200).extract();

        List<String> targets = report.path("moved.toProfessionalId");
        assertThat(targets).containsExactly(successor, successor, successor, other);
        assertThat(report.<List<String>>path("moved.rule")).startsWith("named successor");
        assertThat(report.<List<?>>path("notPlaced")).isEmpty();
    }

    @Test
    void aBulkReassignmentToAnInactiveSuccessorIsRefusedAndChangesNothing() {
        String leaving = addProfessional("Kalle Kesken", "SOCIAL_WELFARE_OWN_WORKER", "723", 10);
        caseloadOf(leaving, "723", 2);
        Map<String, Object> absentBody = professional("Poissa Oleva", "SOCIAL_WELFARE_OWN_WORKER", "723", 10);
        absentBody.put("active", false);
        absentBody.put("inactiveReason", "LONG_ABSENCE");
        String absent = addProfessional(absentBody);

        Map<String, Object> request = new HashMap<>(Map.of("successorId", absent, "reason", "x", "handoverNote", "y"));
        as(Roles.COORDINATOR).body(request).post("/api/v1/professionals/" + leaving + "/reassignments").then()
                .statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("successorId"));
        request.remove("successorId");
        request.remove("handoverNote");
        as(Roles.COORDINATOR).body(request).post("/api/v1/professionals/" + leaving + "/reassignments").then()
                .statusCode(400).body("violations[0].field", equalTo("handoverNote"));
        as(Roles.COORDINATOR).get("/api/v1/professionals/" + leaving + "/caseload").then().body("items.size()", equalTo(2));
    }
}
