package fi.polku.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.PostgresServer;
import fi.polku.testkit.TestIdentityCodes;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.contract.ResponseValidation;
import fi.polku.testkit.system.PolkuService;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What the system tests do through the services' public APIs, and the few checks they make in a database. */
final class SystemClients {

    private SystemClients() {
    }

    /** A request to a service whose response must match the service's committed spec. */
    static RequestSpecification call(PolkuService service, String role) {
        return RestAssured.given().baseUri(RunningSystem.system().url(service))
                .filter(ResponseValidation.against(service.shortName()))
                .auth().oauth2(Tokens.token(role)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A case owner whose user id is the subject of {@code call(..., Roles.CASE_OWNER)}, who so sees their clients. */
    static String addProfessional(String municipality, int maxCaseload) {
        return call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .body(Map.of("name", "Oona Omatyöntekijä", "organisation", "Päijät-Hämeen hyvinvointialue",
                        "role", "SOCIAL_WELFARE_OWN_WORKER", "municipalities", List.of(municipality),
                        "maxCaseload", maxCaseload, "userId", CareRelationshipFixture.defaultSubject(Roles.CASE_OWNER)))
                .post("/api/v1/professionals").then().statusCode(201).extract().path("id");
    }

    static UUID registerClient(String identityCode, String municipality) {
        String id = call(PolkuService.INTAKE, Roles.INTAKE_WORKER)
                .body(Map.of("identityCode", identityCode, "firstName", "Testi", "lastName", "Asiakas",
                        "municipalityCode", municipality, "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static String newIdentityCode(List<String> used) {
        String code = TestIdentityCodes.random();
        used.add(code);
        return code;
    }

    /** A fresh Finnish business ID (Y-tunnus) with a valid check digit, for a provider of the test's own. */
    static String newBusinessId() {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        while (true) {
            String digits = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int remainder = sum % 11;
            if (remainder != 1) {
                return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }

    /** A {@code ClientRegistered} as intake publishes it, for feeding consumers directly. */
    static Map<String, Object> clientRegistered(String eventId, UUID client, String municipality) {
        return EventPublisher.envelope(eventId, "intake", "ClientRegistered", client, Map.of(
                "clientId", client.toString(), "municipalityCode", municipality, "ageBand", "30-34",
                "preferredLanguage", "fi", "temporaryIdentityCode", false,
                "registeredAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
    }

    static String bootstrapServers() {
        return RunningSystem.system().infrastructure().kafka().bootstrapServers();
    }

    /**
     * The distinct ids of each client's events of a type on the topic, read as soon as every client has one.
     * Delivery is at least once (a relay retry may repeat a record); consumers drop repeats by the event id, so the
     * ids, not the records, are what must exist once.
     */
    static Map<UUID, Set<String>> eventIdsByClient(String topic, String typeName, Collection<UUID> clients) {
        List<ConsumerRecord<String, String>> records = EventLog.records(bootstrapServers(), topic,
                Duration.ofSeconds(30), all -> eventIdsByClient(all, typeName, clients).keySet().containsAll(clients));
        return eventIdsByClient(records, typeName, clients);
    }

    private static Map<UUID, Set<String>> eventIdsByClient(List<ConsumerRecord<String, String>> records,
            String typeName, Collection<UUID> clients) {
        return records.stream().map(record -> EventLog.parse(record.value()))
                .filter(event -> event.path("type").asText().contains("." + typeName + "."))
                .filter(event -> clients.stream().anyMatch(c -> c.toString().equals(event.path("subject").asText())))
                .collect(Collectors.groupingBy(event -> UUID.fromString(event.path("subject").asText()),
                        Collectors.mapping(event -> event.path("id").asText(), Collectors.toSet())));
    }

    static Connection database(PolkuService service) throws SQLException {
        return DriverManager.getConnection(
                RunningSystem.system().infrastructure().postgres().jdbcUrl(service.database()), PostgresServer.USER, "");
    }

    static long count(PolkuService service, String sql, Object... parameters) {
        return ((Number) single(service, sql, parameters)).longValue();
    }

    /** The first column of the query's first row, or null when it has no row. */
    static Object single(PolkuService service, String sql, Object... parameters) {
        try (Connection connection = database(service); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            var result = statement.executeQuery();
            return result.next() ? result.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
