package fi.polku.intake.rest;

import static fi.polku.testkit.Api.anonymous;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import fi.polku.testkit.PersonalDataScan;
import fi.polku.testkit.TestIdentityCodes;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ClientResourceTest {

    /** Every identity code this test class sends; none may show up in events, logs or error bodies. */
    static final List<String> SENT_CODES = new ArrayList<>();

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    static String newCode() {
        String code = TestIdentityCodes.random();
        SENT_CODES.add(code);
        return code;
    }

    static Map<String, Object> registration(String identityCode) {
        return Map.of("identityCode", identityCode, "firstName", "Sirpa", "lastName", "Esimerkki",
                "municipalityCode", "091", "preferredLanguage", "fi", "phone", "+358401234567",
                "email", "sirpa@example.fi");
    }

    static String register(String identityCode) {
        String id = as(Roles.INTAKE_WORKER).body(registration(identityCode))
                .post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        CareRelationshipFixture.inCareOf(UUID.fromString(id), CareRelationshipFixture.defaultSubject(Roles.CASE_OWNER));
        return id;
    }

    @Test
    void registersAClientAndEmitsClientRegisteredWithoutPersonalData() {
        String code = newCode();
        var response = as(Roles.INTAKE_WORKER).body(registration(code)).post("/api/v1/clients")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/clients/"))
                .header("ETag", "\"0\"")
                .body("firstName", equalTo("Sirpa"))
                .body("municipalityCode", equalTo("091"))
                .body("$", not(org.hamcrest.Matchers.hasKey("identityCode")))
                .extract();
        UUID id = UUID.fromString(response.path("id"));
        CareRelationshipFixture.inCareOf(id, CareRelationshipFixture.defaultSubject(Roles.CASE_OWNER));

        as(Roles.CASE_OWNER).get("/api/v1/clients/" + id).then().statusCode(200)
                .body("lastName", equalTo("Esimerkki")).header("ETag", "\"0\"");

        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "ClientRegistered", id, Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("municipalityCode").asText()).isEqualTo("091");
        assertThat(event.toString()).doesNotContain("Sirpa").doesNotContain("Esimerkki")
                .doesNotContain("sirpa@example.fi").doesNotContain("+358401234567");
        PersonalDataScan.assertNoneIn("ClientRegistered event", event.toString(), SENT_CODES);
    }

    @Test
    void accessesAreLoggedAndPublishedToTheAuditTopic() {
        String id = register(newCode());
        as(Roles.CASE_OWNER).header("Polku-Purpose", "case review").get("/api/v1/clients/" + id)
                .then().statusCode(200);
        List<JsonNode> entries = EventLog.events(kafka, Topics.AUDIT,
                EventLog.ofType("AccessRecorded", UUID.fromString(id)), 2, Duration.ofSeconds(20));
        assertThat(entries).hasSize(2);
        entries.forEach(EventSchemas::assertValid);
        JsonNode read = entries.stream().filter(e -> e.path("data").path("action").asText().startsWith("read"))
                .findFirst().orElseThrow();
        assertThat(read.path("data").path("actorSubject").asText()).isEqualTo("case-owner-user");
        assertThat(read.path("data").path("actorOrganisation").asText()).isEqualTo("hyvinvointialue-dev");
        assertThat(read.path("data").path("purposeCode").asText()).as("intake's own purpose code")
                .isEqualTo("SERVICE_COORDINATION");
        assertThat(read.path("data").has("purpose")).as("the stated purpose in words stays in intake's log").isFalse();
        assertThat(as(Roles.AUDITOR).queryParam("limit", 200).get("/api/v1/clients/" + id + "/access-log")
                .then().statusCode(200).extract().jsonPath().getList("items.purpose")).contains("case review");
    }

    @Test
    void aPurposeStatedAsACodeIsTheCodeOfTheAccessLogEvent() {
        String id = register(newCode());
        as(Roles.CASE_OWNER).header("Polku-Purpose", "WORK_ABILITY_ASSESSMENT").get("/api/v1/clients/" + id)
                .then().statusCode(200);
        JsonNode read = EventLog.events(kafka, Topics.AUDIT, EventLog.ofType("AccessRecorded", UUID.fromString(id)),
                2, Duration.ofSeconds(20)).stream()
                .filter(e -> e.path("data").path("action").asText().startsWith("read")).findFirst().orElseThrow();
        EventSchemas.assertValid(read);
        assertThat(read.path("type").asText()).isEqualTo("fi.polku.intake.AccessRecorded.v2");
        assertThat(read.path("data").path("purposeCode").asText()).isEqualTo("WORK_ABILITY_ASSESSMENT");
    }

    @Test
    void storesTheIdentityCodeEncryptedAndStillFindsItThroughTheBlindIndex() throws Exception {
        String code = newCode();
        String id = register(code);
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT * FROM client WHERE id = ?")) {
            statement.setObject(1, UUID.fromString(id));
            var row = statement.executeQuery();
            assertThat(row.next()).isTrue();
            StringBuilder everything = new StringBuilder();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                Object value = row.getObject(column);
                everything.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                        : String.valueOf(value)).append('|');
            }
            assertThat(everything.toString()).doesNotContain(code).doesNotContain(code.substring(7));
        }
        as(Roles.INTAKE_WORKER).body(Map.of("identityCode", code.toLowerCase()))
                .post("/api/v1/clients/search").then().statusCode(200).body("clientId", equalTo(id));
        as(Roles.INTAKE_WORKER).body(Map.of("identityCode", newCode()))
                .post("/api/v1/clients/search").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aSecondRegistrationOfTheSameCodeIsAConflictNamingTheExistingClient() {
        String code = newCode();
        String id = register(code);
        long before = count("client");
        as(Roles.INTAKE_WORKER).body(registration(code)).post("/api/v1/clients")
                .then().statusCode(409).contentType("application/problem+json")
                .body("existingClientId", equalTo(id));
        assertThat(count("client")).isEqualTo(before);
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyCreatesOneClient() {
        String code = newCode();
        String key = UUID.randomUUID().toString();
        long before = count("client");
        String first = as(Roles.INTAKE_WORKER).header("Idempotency-Key", key).body(registration(code))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String second = as(Roles.INTAKE_WORKER).header("Idempotency-Key", key).body(registration(code))
                .post("/api/v1/clients").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(count("client")).isEqualTo(before + 1);
        as(Roles.INTAKE_WORKER).header("Idempotency-Key", key).body(registration(newCode()))
                .post("/api/v1/clients").then().statusCode(422).body("violations.field", hasItem("Idempotency-Key"));
    }

    @Test
    void updatesNeedTheCurrentETagAndAStaleOneGets412() {
        String id = register(newCode());
        Map<String, Object> details = Map.of("firstName", "Sirpa", "lastName", "Uusinimi",
                "municipalityCode", "049", "preferredLanguage", "sv");
        as(Roles.INTAKE_WORKER).body(details).put("/api/v1/clients/" + id)
                .then().statusCode(428).body("violations.field", hasItem("If-Match"));
        as(Roles.INTAKE_WORKER).header("If-Match", "\"0\"").body(details).put("/api/v1/clients/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("lastName", equalTo("Uusinimi"));
        as(Roles.INTAKE_WORKER).header("If-Match", "\"0\"")
                .body(Map.of("firstName", "Lost", "lastName", "Update", "municipalityCode", "091",
                        "preferredLanguage", "fi"))
                .put("/api/v1/clients/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + id).then().body("lastName", equalTo("Uusinimi"))
                .body("municipalityCode", equalTo("049"));
    }

    /**
     * Seed 004 names the client groups of "asiakkaan tunnistaminen" ("Palveluja hakevat uudet asiakkaat",
     * "Palvelujen ulkopuolella olevat henkilöt", "Palvelujen piirissä olevat asiakkaat") and the team's clients as
     * job seekers of the TE office and people "jotka eivät ole TE-toimistossa työnhakijoina": recorded at
     * registration, kept by updates, and carried in the events as categories.
     */
    @Test
    void recordsTheClientGroupAndJobSeekerRegistrationAndCarriesThemInTheEvents() {
        Map<String, Object> registration = new java.util.HashMap<>(registration(newCode()));
        registration.put("clientGroup", "OUTSIDE_SERVICES");
        registration.put("jobSeekerRegistration", "NOT_REGISTERED");
        String id = as(Roles.INTAKE_WORKER).body(registration).post("/api/v1/clients")
                .then().statusCode(201).body("clientGroup", equalTo("OUTSIDE_SERVICES"))
                .body("jobSeekerRegistration", equalTo("NOT_REGISTERED")).extract().path("id");
        JsonNode registered = EventLog.event(kafka, Topics.INTAKE, "ClientRegistered", UUID.fromString(id),
                Duration.ofSeconds(20));
        EventSchemas.assertValid(registered);
        assertThat(registered.path("data").path("clientGroup").asText()).isEqualTo("OUTSIDE_SERVICES");
        assertThat(registered.path("data").path("jobSeekerRegistration").asText()).isEqualTo("NOT_REGISTERED");

        as(Roles.INTAKE_WORKER).header("If-Match", "\"0\"")
                .body(Map.of("firstName", "Sirpa", "lastName", "Esimerkki", "municipalityCode", "091",
                        "preferredLanguage", "fi", "clientGroup", "OUTSIDE_SERVICES",
                        "jobSeekerRegistration", "MUNICIPAL_EMPLOYMENT_SERVICES"))
                .put("/api/v1/clients/" + id)
                .then().statusCode(200).body("jobSeekerRegistration", equalTo("MUNICIPAL_EMPLOYMENT_SERVICES"));
        JsonNode changed = EventLog.event(kafka, Topics.INTAKE, "ClientDetailsChanged", UUID.fromString(id),
                Duration.ofSeconds(20));
        EventSchemas.assertValid(changed);
        assertThat(changed.path("data").path("jobSeekerRegistration").asText())
                .isEqualTo("MUNICIPAL_EMPLOYMENT_SERVICES");
        assertThat(changed.path("data").path("clientGroup").asText()).isEqualTo("OUTSIDE_SERVICES");
    }

    @Test
    void aClientRegisteredWithoutGroupOrRegistrationHasNullCategoriesAndAnUnknownOneIsRefusedByName() {
        String id = register(newCode());
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + id).then().statusCode(200)
                .body("clientGroup", org.hamcrest.Matchers.nullValue())
                .body("jobSeekerRegistration", org.hamcrest.Matchers.nullValue());
        EventSchemas.assertValid(EventLog.event(kafka, Topics.INTAKE, "ClientRegistered", UUID.fromString(id),
                Duration.ofSeconds(20)));
        Map<String, Object> registration = new java.util.HashMap<>(registration(newCode()));
        registration.put("jobSeekerRegistration", "UNEMPLOYMENT_FUND");
        as(Roles.INTAKE_WORKER).body(registration).post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("jobSeekerRegistration"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "wrong check character, 131052-308U, has a wrong check character",
        "impossible date, 310252-308T, has a birth date that does not exist",
        "wrong century sign, 131052G308T, has an unknown century sign",
        "wrong length, 131052-30T, must be 11 characters long",
        "letters in the individual number, 131052-3A8T, must have three digits"})
    void rejectsAnInvalidIdentityCodeNamingTheFieldAndWritingNothing(String kind, String code, String reason) {
        SENT_CODES.add(code);
        long clients = count("client");
        long outbox = count("outbox_event");
        String body = as(Roles.INTAKE_WORKER).body(registration(code)).post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations[0].field", equalTo("identityCode"))
                .body("violations[0].message", containsString(reason))
                .extract().asString();
        assertThat(body).doesNotContain(code);
        assertThat(count("client")).isEqualTo(clients);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }

    @Test
    void rejectsAnUnknownMunicipalityAndInvalidContactDetails() {
        long clients = count("client");
        Map<String, Object> request = new java.util.HashMap<>(registration(newCode()));
        request.put("municipalityCode", "999");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients").then().statusCode(400)
                .body("violations[0].field", equalTo("municipalityCode"));
        request.put("municipalityCode", "091");
        request.put("email", "not-an-address");
        request.put("phone", "call me");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("email", "phone"));
        request.put("email", "ok@example.fi");
        request.put("phone", "+358401234567");
        request.put("preferredLanguage", "qq");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients").then().statusCode(400)
                .body("violations[0].field", equalTo("preferredLanguage"));
        assertThat(count("client")).isEqualTo(clients);
    }

    @Test
    void malformedJsonUnknownFieldsAndWrongContentTypeGetProblems() {
        long clients = count("client");
        as(Roles.INTAKE_WORKER).body("{\"identityCode\": 131052-308T,").post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON")).body(not(containsString("131052")));
        Map<String, Object> request = new java.util.HashMap<>(registration(newCode()));
        request.put("municipalityCod", "091");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients").then().statusCode(400)
                .body("violations[0].field", equalTo("municipalityCod"));
        as(Roles.INTAKE_WORKER).contentType(ContentType.TEXT).body("hello").post("/api/v1/clients")
                .then().statusCode(415).contentType("application/problem+json");
        as(Roles.INTAKE_WORKER).body(Map.of("identityCode", List.of("a"))).post("/api/v1/clients")
                .then().statusCode(400).body("violations[0].field", equalTo("identityCode"));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("id"));
        assertThat(count("client")).isEqualTo(clients);
    }

    @Test
    void aMissingOrWrongRoleTokenIsRefusedAndWritesNothing() {
        long clients = count("client");
        anonymous().body(registration(newCode())).post("/api/v1/clients").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", notNullValue());
        anonymous().auth().oauth2("not.a.token").body(registration(newCode())).post("/api/v1/clients")
                .then().statusCode(401).contentType("application/problem+json");
        as(Roles.ANALYST).body(registration(newCode())).post("/api/v1/clients").then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(count("client")).isEqualTo(clients);
    }

    @Test
    void unknownClientIs404Problem() {
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"));
    }

    @Test
    void aTemporaryCodeIsAcceptedAndFlagged() {
        String code = TestIdentityCodes.of(LocalDate.of(1990, 3, 3), 955, '-');
        SENT_CODES.add(code);
        as(Roles.INTAKE_WORKER).body(registration(code)).post("/api/v1/clients").then().statusCode(201)
                .body("temporaryIdentityCode", equalTo(true));
    }

    @AfterAll
    static void noIdentityCodeInTheLogs() {
        PersonalDataScan.assertNoneInFiles(List.of(java.nio.file.Path.of("target/quarkus.log")), SENT_CODES);
    }

    private long count(String table) {
        try (var connection = dataSource.getConnection();
             var result = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
