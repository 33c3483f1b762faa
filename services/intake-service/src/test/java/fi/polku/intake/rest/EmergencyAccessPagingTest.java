package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.contract.Paging;
import io.quarkus.test.junit.QuarkusTest;

/** The supervisors' list of emergency accesses pages by keyset: newest first, each grant once, while more are taken. */
@QuarkusTest
class EmergencyAccessPagingTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();

    @Test
    void everyGrantAppearsExactlyOnceWhileGrantsAreTakenBetweenPages() {
        List<String> before = grantIds();
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            taken.add(take());
        }

        List<String> addedWhilePaging = new ArrayList<>();
        List<String> seen = Paging.collect(cursor -> {
            var request = as(Roles.AUDITOR).queryParam("from", TODAY).queryParam("to", TODAY).queryParam("limit", 2);
            return (cursor == null ? request : request.queryParam("cursor", cursor)).get("/api/v1/emergency-accesses");
        }, "id", () -> addedWhilePaging.add(take()));

        assertThat(new HashSet<>(seen)).as("no grant twice").hasSameSizeAs(seen);
        assertThat(seen).as("every grant that existed when paging began").containsAll(taken).containsAll(before);
        // newest first: grants taken while paging are newer than the first page, so they are not on later pages
        assertThat(seen).doesNotContainAnyElementsOf(addedWhilePaging);
        assertThat(grantIds()).as("and the next walk sees them").containsAll(addedWhilePaging);
    }

    @Test
    void aCursorThatThisListDidNotGiveOutIsABadRequestNamingIt() {
        as(Roles.AUDITOR).queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/emergency-accesses")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("cursor"));
        as(Roles.AUDITOR).queryParam("limit", 0).get("/api/v1/emergency-accesses")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("limit"));
    }

    private static List<String> grantIds() {
        return Paging.collect(cursor -> {
            var request = as(Roles.AUDITOR).queryParam("from", TODAY).queryParam("to", TODAY).queryParam("limit", 50);
            return (cursor == null ? request : request.queryParam("cursor", cursor)).get("/api/v1/emergency-accesses");
        }, "id", () -> { });
    }

    private static String take() {
        UUID client = TestClients.register();
        return as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, "on-call-" + UUID.randomUUID())
                .body(Map.of("reason", "Client called in crisis outside office hours"))
                .post("/api/v1/clients/" + client + "/emergency-access")
                .then().statusCode(201).extract().path("id");
    }
}
