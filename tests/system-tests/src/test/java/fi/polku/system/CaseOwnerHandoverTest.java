package fi.polku.system;

import static fi.polku.system.SystemClients.addProfessional;
import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.newIdentityCode;
import static fi.polku.system.SystemClients.registerClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.system.PolkuService;

/** A client gets an owner through events alone; when the owner leaves, the caseload moves and history shows both. */
@ExtendWith(RunningSystem.class)
class CaseOwnerHandoverTest {

    @Test
    void aLeavingOwnersCaseloadMovesToANewOwnerAndTheHistoryShowsBoth() {
        String leaving = addProfessional("179", 10);
        UUID client = registerClient(newIdentityCode(new ArrayList<>()), "179");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> caseOwner(client)
                .body("status", equalTo("ASSIGNED")).body("caseOwner.id", equalTo(leaving)));

        String successor = addProfessional("179", 10);
        String etag = call(PolkuService.CASE_OWNER, Roles.COORDINATOR).get("/api/v1/professionals/" + leaving)
                .then().statusCode(200).extract().header("ETag");
        call(PolkuService.CASE_OWNER, Roles.COORDINATOR).header("If-Match", etag)
                .body(Map.of("name", "Oona Omatyöntekijä", "organisation", "Päijät-Hämeen hyvinvointialue",
                        "role", "SOCIAL_WELFARE_OWN_WORKER", "municipalities", List.of("179"), "maxCaseload", 10,
                        "active", false, "inactiveReason", "LEAVING"))
                .put("/api/v1/professionals/" + leaving).then().statusCode(200).body("active", equalTo(false));
        call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .body(Map.of("reason", "moves to another county", "handoverNote", "Goals agreed; next: team meeting"))
                .post("/api/v1/professionals/" + leaving + "/reassignments").then().statusCode(200)
                .body("notPlaced.size()", equalTo(0));

        caseOwner(client).body("status", equalTo("ASSIGNED")).body("caseOwner.id", equalTo(successor));
        List<Map<String, Object>> history = call(PolkuService.CASE_OWNER, Roles.CASE_OWNER)
                .get("/api/v1/clients/" + client + "/case-owner/history").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(history).extracting(change -> change.get("toProfessionalId")).containsExactly(leaving, successor);
        assertThat(history.get(1).get("handoverNote")).isEqualTo("Goals agreed; next: team meeting");
    }

    private static io.restassured.response.ValidatableResponse caseOwner(UUID client) {
        return call(PolkuService.CASE_OWNER, Roles.CASE_OWNER).get("/api/v1/clients/" + client + "/case-owner")
                .then().statusCode(200);
    }
}
