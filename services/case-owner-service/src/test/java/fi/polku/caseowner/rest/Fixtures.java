package fi.polku.caseowner.rest;

import static fi.polku.testkit.Api.as;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Professionals, clients and events for the REST tests; every test uses municipality codes of its own. */
final class Fixtures {

    static final Duration WAIT = Duration.ofSeconds(30);

    private Fixtures() {
    }

    static Map<String, Object> professional(String name, String role, String municipality, int maxCaseload) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("organisation", "Päijät-Häme wellbeing county");
        body.put("role", role);
        body.put("municipalities", List.of(municipality));
        body.put("maxCaseload", maxCaseload);
        return body;
    }

    static String addProfessional(String name, String role, String municipality, int maxCaseload) {
        return addProfessional(professional(name, role, municipality, maxCaseload));
    }

    static String addProfessional(Map<String, Object> body) {
        return as(Roles.COORDINATOR).body(body).post("/api/v1/professionals").then().statusCode(201).extract()
                .path("id");
    }

    /** Updates the professional with the body, sending the current ETag. */
    static ExtractableResponse<Response> updateProfessional(String id, Map<String, Object> body) {
        String etag = as(Roles.COORDINATOR).get("/api/v1/professionals/" + id).then().statusCode(200).extract()
                .header("ETag");
        return as(Roles.COORDINATOR).header("If-Match", etag).body(body).put("/api/v1/professionals/" + id).then()
                .statusCode(200).extract();
    }

    static UUID registerClient(EventPublisher publisher, String municipality) {
        return registerClient(publisher, municipality, OffsetDateTime.now());
    }

    static UUID registerClient(EventPublisher publisher, String municipality, OffsetDateTime registeredAt) {
        UUID clientId = UUID.randomUUID();
        publisher.publish(Topics.INTAKE, "intake", "ClientRegistered", clientId, Map.of("clientId",
                clientId.toString(), "municipalityCode", municipality, "ageBand", "30-34", "preferredLanguage", "fi",
                "temporaryIdentityCode", false, "registeredAt", registeredAt.toString()));
        CareRelationshipFixture.inCareOf(clientId, CareRelationshipFixture.defaultSubject(Roles.CASE_OWNER));
        return clientId;
    }

    static void screen(EventPublisher publisher, UUID clientId, String segment) {
        publisher.publish(Topics.INTAKE, "intake", "ScreeningCompleted", clientId, Map.of("clientId",
                clientId.toString(), "screeningId", UUID.randomUUID().toString(), "segment", segment,
                "derivedSegment", segment, "overridden", false, "signals", List.of("LONG_TERM_UNEMPLOYMENT"),
                "monthsUnemployed", 14, "completedAt", OffsetDateTime.now().toString()));
    }

    /** Waits until the client's case owner is the professional (or UNASSIGNED when null) and returns the view. */
    static ExtractableResponse<Response> awaitOwner(UUID clientId, String professionalId) {
        await().atMost(WAIT).until(() -> {
            var response = as(Roles.CASE_OWNER).get("/api/v1/clients/" + clientId + "/case-owner");
            if (response.statusCode() != 200) {
                return false;
            }
            String owner = response.path("caseOwner.id");
            return professionalId == null ? "UNASSIGNED".equals(response.path("status"))
                    : professionalId.equals(owner);
        });
        return as(Roles.CASE_OWNER).get("/api/v1/clients/" + clientId + "/case-owner").then().extract();
    }

    /** The client's latest event of the type, checked against its schema. */
    static JsonNode validEvent(String kafka, String type, UUID clientId) {
        List<JsonNode> events = EventLog.events(kafka, Topics.CASE_OWNER, EventLog.ofType(type, clientId), 1, WAIT);
        if (events.isEmpty()) {
            throw new AssertionError("No " + type + " for client " + clientId);
        }
        JsonNode latest = events.get(events.size() - 1);
        EventSchemas.assertValid(latest);
        return latest;
    }

    static List<JsonNode> events(String kafka, String type, UUID clientId, int atLeast) {
        return EventLog.events(kafka, Topics.CASE_OWNER, EventLog.ofType(type, clientId), atLeast, WAIT);
    }
}
