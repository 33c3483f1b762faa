package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 16 item 4: the access check is the first thing a use case does, so a caller without a basis gets 403 and
 * nothing else — no birth-date match, no existence of a merge, no version (422/409/412/428) of a client they may
 * not see.
 */
@QuarkusTest
class AuthoriseFirstTest {

    private static final Map<String, Object> DETAILS = Map.of("firstName", "Sirpa", "lastName", "Uusinimi",
            "municipalityCode", "049", "preferredLanguage", "sv");

    @Test
    void anUpdateByACallerWithoutABasisIsRefusedBeforeItsVersionOrDetailsAreLookedAt() {
        UUID client = TestClients.register();
        String path = "/api/v1/clients/" + client;

        stranger().body(DETAILS).put(path).then().statusCode(403);
        stranger().header("If-Match", "\"7\"").body(DETAILS).put(path).then().statusCode(403);
        stranger().header("If-Match", "\"0\"").body(Map.of("firstName", "Sirpa", "lastName", "Uusinimi",
                "municipalityCode", "999", "preferredLanguage", "sv")).put(path).then().statusCode(403);
        stranger().header("If-Match", "\"0\"").body(DETAILS).put(path).then().statusCode(403);

        as(Roles.INTAKE_WORKER).get(path).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void aMergeByACallerWithoutABasisForEitherClientIsRefusedBeforeAnyOfItsRules() {
        String stranger = "stranger-" + UUID.randomUUID();
        UUID own = TestClients.register();
        CareRelationshipFixture.inCareOf(own, stranger);
        UUID othersBornElsewhen = TestClients.register(TestClients.code(LocalDate.of(1951, 3, 4)), "Samuli",
                "Esimerkki", "091");
        LocalDate born = TestClients.randomBirthDate();
        UUID others = TestClients.register(TestClients.code(born), "Jarmo", "Kaksoinen", "091");
        UUID alreadyMerged = TestClients.register(TestClients.code(born), "Jarmo", "Kaksoinen", "091");
        as(Roles.INTAKE_WORKER).body(Map.of("mergedClientId", alreadyMerged.toString()))
                .post("/api/v1/clients/" + others + "/merge").then().statusCode(200);

        merge(stranger, others, others).then().statusCode(403);
        merge(stranger, others, own).then().statusCode(403);
        merge(stranger, own, othersBornElsewhen).then().statusCode(403).body(not(hasKey("violations")));
        merge(stranger, own, alreadyMerged).then().statusCode(403).body(not(hasKey("mergedInto")));
        merge(stranger, alreadyMerged, own).then().statusCode(403);

        merge(stranger, own, own).then().statusCode(422);
    }

    private static Response merge(String caller, UUID kept, UUID merged) {
        return as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, caller)
                .body(Map.of("mergedClientId", merged.toString())).post("/api/v1/clients/" + kept + "/merge");
    }

    private static RequestSpecification stranger() {
        return as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "stranger-" + UUID.randomUUID());
    }
}
