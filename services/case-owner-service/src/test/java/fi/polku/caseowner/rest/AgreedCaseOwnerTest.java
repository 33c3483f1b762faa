package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.WAIT;
import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The work-ability support survey ends with "asiakasvastaavasta sopiminen" (004, the service map: "TYÖKYVYN TUEN
 * KARTOITUS: työkykyarvio, työkyvyn tuen suunnitelma, jatko-ohjaus ja neuvonta, asiakasvastaavasta sopiminen"). The
 * case owner agreed there becomes the case owner, unless a coordinator set one by hand since; otherwise the
 * agreement goes to the coordinator's list (the gap watch) with the reason.
 */
@QuarkusTest
class AgreedCaseOwnerTest {

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

    private void agree(UUID clientId, UUID assessmentId, String professionalId, OffsetDateTime agreedAt) {
        Map<String, Object> data = new HashMap<>();
        data.put("clientId", clientId.toString());
        data.put("assessmentId", assessmentId.toString());
        data.put("professionalId", professionalId);
        data.put("agreedAt", agreedAt.toString());
        publisher.publish(Topics.ASSESSMENT, "assessment", "CaseOwnerAgreed", clientId, data);
    }

    private static ExtractableResponse<Response> history(UUID clientId) {
        return as(Roles.CASE_OWNER).get("/api/v1/clients/" + clientId + "/case-owner/history").then().statusCode(200)
                .extract();
    }

    private static List<Map<String, Object>> agreementGaps(String municipality) {
        return as(Roles.COORDINATOR).queryParam("municipality", municipality)
                .queryParam("rule", "AGREED_CASE_OWNER_NOT_APPLIED").get("/api/v1/gaps").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static void reassignByHand(UUID clientId, String to) {
        String path = "/api/v1/clients/" + clientId + "/case-owner";
        String etag = as(Roles.COORDINATOR).get(path).then().statusCode(200).extract().header("ETag");
        as(Roles.COORDINATOR, "hyvinvointialue-dev", "kaija.koordinaattori").header("If-Match", etag)
                .body(Map.of("professionalId", to, "reason", "the coordinator's decision",
                        "handoverNote", "See the work-ability support plan."))
                .put(path).then().statusCode(200);
    }

    @Test
    void theAgreedProfessionalBecomesTheCaseOwnerOnceWithTheAgreementInTheHistory() {
        String first = addProfessional("Ensi Ensimmäinen", "SOCIAL_WELFARE_OWN_WORKER", "781", 10);
        UUID clientId = registerClient(publisher, "781");
        awaitOwner(clientId, first);
        String agreed = addProfessional("Sovittu Sointu", "WORK_ABILITY_COORDINATOR", "782", 10);
        UUID assessmentId = UUID.randomUUID();

        agree(clientId, assessmentId, agreed, OffsetDateTime.now(ZoneOffset.UTC));
        awaitOwner(clientId, agreed);
        var history = history(clientId);
        assertThat(history.<List<String>>path("items.toProfessionalId")).containsExactly(first, agreed);
        assertThat(history.<String>path("items[1].reason")).isEqualTo("agreed in the work-ability assessment");
        assertThat(history.<String>path("items[1].changedBy")).isEqualTo("system");
        JsonNode changed = Fixtures.validEvent(kafka, "CaseOwnerChanged", clientId);
        assertThat(changed.path("data").path("toProfessionalId").asText()).isEqualTo(agreed);
        assertThat(changed.path("data").path("reasonCode").asText()).isEqualTo("AGREED_IN_ASSESSMENT");

        // the same agreement again (a redelivery under a new event id) changes nothing; a later agreement of the
        // same client, in the same partition, shows when it has been handled
        reassignByHand(clientId, first);
        agree(clientId, assessmentId, agreed, OffsetDateTime.now(ZoneOffset.UTC));
        UUID later = UUID.randomUUID();
        agree(clientId, later, null, OffsetDateTime.now(ZoneOffset.UTC));
        await().atMost(WAIT).until(() -> !agreementGaps("781").isEmpty());
        assertThat(history(clientId).<List<String>>path("items.toProfessionalId")).containsExactly(first, agreed,
                first);
        assertThat(agreementGaps("781")).extracting(gap -> (String) gap.get("detail"))
                .singleElement().asString().contains(later.toString());
    }

    @Test
    void aCaseOwnerSetByHandSinceTheAgreementStaysAndTheCoordinatorSeesWhy() {
        String first = addProfessional("Alku Aalto", "SOCIAL_WELFARE_OWN_WORKER", "783", 10);
        String chosen = addProfessional("Valittu Valtteri", "SOCIAL_WELFARE_OWN_WORKER", "784", 10);
        String agreed = addProfessional("Sovittu Saara", "WORK_ABILITY_COORDINATOR", "784", 10);
        UUID clientId = registerClient(publisher, "783");
        awaitOwner(clientId, first);
        OffsetDateTime concludedAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        reassignByHand(clientId, chosen);
        UUID assessmentId = UUID.randomUUID();

        agree(clientId, assessmentId, agreed, concludedAt);
        await().atMost(WAIT).until(() -> !agreementGaps("783").isEmpty());
        assertThat(agreementGaps("783")).singleElement().satisfies(gap -> {
            assertThat(gap).containsEntry("clientId", clientId.toString())
                    .containsEntry("caseOwnerProfessionalId", chosen);
            assertThat((String) gap.get("detail")).contains(assessmentId.toString(), "set by hand");
        });
        assertThat(awaitOwner(clientId, chosen).<String>path("caseOwner.id")).isEqualTo(chosen);
    }

    @Test
    void anAgreedPersonOutsideTheRegisterWaitsOnTheCoordinatorsListUntilSomeoneDecides() {
        String owner = addProfessional("Oma Olli", "SOCIAL_WELFARE_OWN_WORKER", "785", 10);
        String other = addProfessional("Toinen Tiina", "SOCIAL_WELFARE_OWN_WORKER", "786", 10);
        UUID unnamed = registerClient(publisher, "785");
        UUID unknown = registerClient(publisher, "785");
        awaitOwner(unnamed, owner);
        awaitOwner(unknown, owner);

        agree(unnamed, UUID.randomUUID(), null, OffsetDateTime.now(ZoneOffset.UTC));
        agree(unknown, UUID.randomUUID(), UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC));
        await().atMost(WAIT).until(() -> agreementGaps("785").size() == 2);
        assertThat(agreementGaps("785")).extracting(gap -> (String) gap.get("detail"))
                .allSatisfy(detail -> assertThat(detail).contains("not a professional in the case-owner service"));
        assertThat(awaitOwner(unnamed, owner).<String>path("caseOwner.id")).isEqualTo(owner);

        reassignByHand(unnamed, other);
        assertThat(agreementGaps("785")).extracting(gap -> gap.get("clientId")).containsExactly(unknown.toString());
    }
}
