package fi.polku.partner.rest;

import static fi.polku.partner.Partners.STARTED;
import static fi.polku.partner.Partners.coordinatorOf;
import static fi.polku.partner.Partners.newOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Api;
import fi.polku.testkit.badinput.BadInputCases;
import fi.polku.testkit.badinput.BadInputTests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WebhookSubscriptionApiTest {

    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Inject
    AgroalDataSource database;

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadInput() {
        return BadInputTests.of(BadInputCases.forService("partner").generate(), database);
    }

    @Test
    void aCoordinatorSubscribesTheirOwnOrganisationAndSeesTheGeneratedSecretOnce() {
        String organisation = newOrganisation();
        var created = coordinatorOf(organisation).header("Idempotency-Key", "subscribe-" + organisation)
                .body(request("http://localhost:9/hooks", List.of(STARTED), null))
                .post(SUBSCRIPTIONS).then().statusCode(201)
                .body("organisation", equalTo(organisation)).body("status", equalTo("ACTIVE"))
                .extract();
        String id = created.path("id");
        String secret = created.path("secret");
        assertThat(created.header("Location")).endsWith(SUBSCRIPTIONS + "/" + id);
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);

        coordinatorOf(organisation).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("secret", nullValue()).body("eventTypes", equalTo(List.of(STARTED)));
        coordinatorOf(organisation).header("Idempotency-Key", "subscribe-" + organisation)
                .body(request("http://localhost:9/hooks", List.of(STARTED), null))
                .post(SUBSCRIPTIONS).then().statusCode(201).body("id", equalTo(id));
    }

    @Test
    void aGivenSecretMustBeOfTheStandardWebhooksForm() {
        String organisation = newOrganisation();
        coordinatorOf(organisation).body(request("http://localhost:9/hooks", List.of(STARTED), SECRET))
                .post(SUBSCRIPTIONS).then().statusCode(201).body("secret", equalTo(SECRET));
        coordinatorOf(organisation).body(request("http://localhost:9/hooks", List.of(STARTED), "hunter2"))
                .post(SUBSCRIPTIONS).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("secret")));
    }

    @Test
    void unknownEventTypesAndBadUrlsAreNamedFieldByField() {
        coordinatorOf(newOrganisation())
                .body(request("ftp://portal.example/hooks", List.of(STARTED, "fi.polku.intake.ClientRegistered.v1"),
                        null))
                .post(SUBSCRIPTIONS).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("callbackUrl", "eventTypes[1]"));
    }

    @Test
    void anotherOrganisationsCoordinatorAndOtherRolesAreRefused() {
        String organisation = newOrganisation();
        String id = coordinatorOf(organisation).body(request("http://localhost:9/hooks", List.of(STARTED), null))
                .post(SUBSCRIPTIONS).then().statusCode(201).extract().path("id");
        String stranger = newOrganisation();

        coordinatorOf(stranger).get(SUBSCRIPTIONS + "/" + id).then().statusCode(403);
        coordinatorOf(stranger).get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(403);
        coordinatorOf(stranger).body(Map.of("since", "2026-01-01T00:00:00Z"))
                .post(SUBSCRIPTIONS + "/" + id + "/replays").then().statusCode(403);
        coordinatorOf(stranger).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(403);
        coordinatorOf(stranger).get(SUBSCRIPTIONS).then().statusCode(200).body("items", equalTo(List.of()));
        Api.as(Roles.JOB_COACH, organisation, "coach-" + organisation).get(SUBSCRIPTIONS + "/" + id)
                .then().statusCode(403);
        Api.as(Roles.JOB_COACH, organisation, "coach-" + organisation)
                .body(request("http://localhost:9/hooks", List.of(STARTED), null)).post(SUBSCRIPTIONS)
                .then().statusCode(403);

        coordinatorOf(organisation).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200);
    }

    @Test
    void theListPagesAndADeletedSubscriptionIsGone() {
        String organisation = newOrganisation();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(coordinatorOf(organisation).body(request("http://localhost:9/hooks/" + i, List.of(STARTED), null))
                    .post(SUBSCRIPTIONS).then().statusCode(201).extract().path("id"));
        }
        var first = coordinatorOf(organisation).queryParam("limit", 2).get(SUBSCRIPTIONS).then().statusCode(200)
                .extract();
        String next = first.path("next");
        List<String> seen = new ArrayList<>(first.path("items.id"));
        seen.addAll(coordinatorOf(organisation).queryParam("limit", 2).queryParam("cursor", next).get(SUBSCRIPTIONS)
                .then().statusCode(200).body("next", nullValue()).extract().path("items.id"));
        assertThat(seen).containsExactlyElementsOf(ids);

        coordinatorOf(organisation).delete(SUBSCRIPTIONS + "/" + ids.get(0)).then().statusCode(204);
        coordinatorOf(organisation).get(SUBSCRIPTIONS + "/" + ids.get(0)).then().statusCode(404)
                .body("detail", endsWith("does not exist"));
    }

    private static Map<String, Object> request(String url, List<String> types, String secret) {
        Map<String, Object> body = new HashMap<>();
        body.put("callbackUrl", url);
        body.put("eventTypes", types);
        body.put("purpose", "SUPPORTED_EMPLOYMENT_COACHING");
        if (secret != null) {
            body.put("secret", secret);
        }
        return body;
    }
}
