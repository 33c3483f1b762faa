package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.professional;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import fi.polku.platform.time.ServiceTime;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Case-owner tells the other services who may see a client by access facts of the access model's contract, beside
 * its own events: the case owner (the only one of the kind) and each care network member, opened and ended.
 */
@QuarkusTest
class AccessFactsTest {

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

    @Test
    void theCaseOwnerAndTheCareNetworkOpenAndEndAccessByFactsOnTheAccessTopic() {
        Map<String, Object> ownerBody = professional("Faktan Omistaja", "SOCIAL_WELFARE_OWN_WORKER", "862", 10);
        ownerBody.put("userId", "faktan.omistaja");
        String owner = addProfessional(ownerBody);
        Map<String, Object> coachBody = professional("Faktan Valmentaja", "JOB_COACH", "862", 20);
        coachBody.put("userId", "faktan.valmentaja");
        String coach = addProfessional(coachBody);
        UUID clientId = registerClient(publisher, "862");
        awaitOwner(clientId, owner);

        JsonNode caseOwner = fact("AccessRelationshipOpened", clientId, 1).get(0).path("data");
        assertThat(caseOwner.path("kind").asText()).isEqualTo("CASE_OWNER");
        assertThat(caseOwner.path("relationshipId").asText()).isEqualTo(owner);
        assertThat(caseOwner.path("userIds")).extracting(JsonNode::asText).containsExactly("faktan.omistaja");
        assertThat(caseOwner.path("soleOfKind").asBoolean()).isTrue();

        String path = "/api/v1/clients/" + clientId + "/network";
        String member = as(Roles.CASE_OWNER, "hyvinvointialue-dev", "faktan.omistaja")
                .body(Map.of("professionalId", coach, "role", "JOB_COACH", "from", "2026-01-15",
                        "reason", "The client's job coach"))
                .post(path).then().statusCode(201).extract().path("id");
        JsonNode opened = fact("AccessRelationshipOpened", clientId, 2).get(1).path("data");
        assertThat(opened.path("kind").asText()).isEqualTo("CARE_NETWORK");
        assertThat(opened.path("relationshipId").asText()).isEqualTo(member);
        assertThat(opened.path("userIds")).extracting(JsonNode::asText).containsExactly("faktan.valmentaja");
        assertThat(opened.path("soleOfKind").asBoolean()).isFalse();
        assertThat(OffsetDateTime.parse(opened.path("validFrom").asText()).toInstant())
                .isEqualTo(LocalDate.parse("2026-01-15").atStartOfDay(ServiceTime.FINLAND).toInstant());
        assertThat(opened.hasNonNull("validUntil")).as("until ended").isFalse();

        as(Roles.CASE_OWNER, "hyvinvointialue-dev", "faktan.omistaja").delete(path + "/" + member).then()
                .statusCode(200);
        JsonNode ended = fact("AccessRelationshipEnded", clientId, 1).get(0).path("data");
        assertThat(ended.path("kind").asText()).isEqualTo("CARE_NETWORK");
        assertThat(ended.path("relationshipId").asText()).isEqualTo(member);
        assertThat(ended.path("accessUntil").asText()).isEqualTo(ended.path("changedAt").asText());
        assertThat(fact("AccessRelationshipOpened", clientId, 2).toString())
                .doesNotContain("Faktan Omistaja", "Faktan Valmentaja", "The client's job coach");
    }

    private List<JsonNode> fact(String type, UUID clientId, int atLeast) {
        List<JsonNode> facts = EventLog.events(kafka, Topics.ACCESS_FACTS, EventLog.ofType(type, clientId), atLeast,
                Fixtures.WAIT);
        assertThat(facts).as(type).hasSizeGreaterThanOrEqualTo(atLeast);
        facts.forEach(EventSchemas::assertValid);
        return facts;
    }
}
