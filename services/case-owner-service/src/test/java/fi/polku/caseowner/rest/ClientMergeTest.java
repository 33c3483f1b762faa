package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.WAIT;
import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.professional;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.ClientRecordTables;
import fi.polku.testkit.AccessFactEvents;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Intake merges a duplicate registration (ClientsMerged): the merged client's history, care network and access
 * move to the kept client, who has one case owner; the merged client is gone from this service.
 */
@QuarkusTest
class ClientMergeTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    AgroalDataSource database;

    EventPublisher publisher;

    @BeforeEach
    void connect() {
        publisher = new EventPublisher(kafka);
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    private void merge(UUID kept, UUID merged) {
        publisher.publish(Topics.INTAKE, "intake", "ClientsMerged", kept, Map.of("clientId", kept.toString(),
                "mergedClientId", merged.toString(), "mergedAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        AccessFactEvents.recordsMerged(publisher, kept, merged);
    }

    @Test
    void theKeptClientsOwnerContinuesAndTheMergedClientsRecordsAndNetworkMoveToThem() {
        String keptOwner = addProfessional("Pysyvä Pirjo", "SOCIAL_WELFARE_OWN_WORKER", "791", 10);
        String mergedOwner = addProfessional("Toinen Tuomas", "SOCIAL_WELFARE_OWN_WORKER", "792", 10);
        String coachUser = "valmentaja-" + UUID.randomUUID();
        Map<String, Object> coachBody = professional("Verkon Valmentaja", "JOB_COACH", "792", 20);
        coachBody.put("userId", coachUser);
        String coach = addProfessional(coachBody);
        UUID kept = registerClient(publisher, "791");
        UUID merged = registerClient(publisher, "792");
        awaitOwner(kept, keptOwner);
        awaitOwner(merged, mergedOwner);
        as(Roles.CASE_OWNER).body(Map.of("professionalId", coach, "role", "JOB_COACH", "from", "2026-01-15",
                "reason", "The client's job coach in supported employment"))
                .post("/api/v1/clients/" + merged + "/network").then().statusCode(201);
        var coachCaller = as(Roles.JOB_COACH, Tokens.DEFAULT_ORGANISATION, coachUser);
        coachCaller.get("/api/v1/clients/" + kept + "/network").then().statusCode(403);

        merge(kept, merged);

        await().atMost(WAIT).until(() -> as(Roles.CASE_OWNER).get("/api/v1/clients/" + merged + "/case-owner")
                .statusCode() == 404);
        assertThat(awaitOwner(kept, keptOwner).<String>path("caseOwner.id")).isEqualTo(keptOwner);
        var history = as(Roles.CASE_OWNER).get("/api/v1/clients/" + kept + "/case-owner/history").then()
                .statusCode(200).extract();
        assertThat(history.<List<String>>path("items.toProfessionalId")).contains(keptOwner, mergedOwner);
        assertThat(history.<List<String>>path("items.reason")).last().asString()
                .contains(merged.toString(), "the kept client's case owner continues");
        assertThat(as(Roles.CASE_OWNER).get("/api/v1/clients/" + kept + "/network").then().extract()
                .<List<String>>path("items.professionalId")).containsExactly(coach);
        // the coach's care relationship follows the client: the merged client's network member sees the kept one
        await().atMost(WAIT).until(() -> as(Roles.JOB_COACH, Tokens.DEFAULT_ORGANISATION, coachUser)
                .get("/api/v1/clients/" + kept + "/network").statusCode() == 200);
    }

    @Test
    void everyTableThatHoldsAClientIdIsMovedOrForgottenOnAMerge() {
        Set<String> handled = new TreeSet<>(KnownClientRepository.CLIENT_RECORDS);
        handled.addAll(KnownClientRepository.ONE_ROW_PER_CLIENT);
        assertThat(ClientRecordTables.ofService(database))
                .as("a client's rows left on a merged id would be lost to the kept client").isEqualTo(handled);
    }

    @Test
    void aKeptClientWithoutAnOwnerGetsTheMergedClientsOwner() {
        String owner = addProfessional("Jatkava Jaana", "SOCIAL_WELFARE_OWN_WORKER", "793", 10);
        UUID kept = registerClient(publisher, "794");
        UUID merged = registerClient(publisher, "793");
        awaitOwner(kept, null);
        awaitOwner(merged, owner);

        merge(kept, merged);

        awaitOwner(kept, owner);
        JsonNode assigned = Fixtures.validEvent(kafka, "CaseOwnerAssigned", kept);
        assertThat(assigned.path("data").path("professionalId").asText()).isEqualTo(owner);
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + merged + "/case-owner").then().statusCode(404);
        assertThat(as(Roles.CASE_OWNER).get("/api/v1/professionals/" + owner + "/caseload").then().statusCode(200)
                .extract().<List<String>>path("items.clientId")).containsExactly(kept.toString());
    }
}
