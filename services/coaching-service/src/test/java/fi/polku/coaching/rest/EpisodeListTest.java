package fi.polku.coaching.rest;

import static fi.polku.coaching.rest.Coaching.awaitStatus;
import static fi.polku.coaching.rest.Coaching.coachOf;
import static fi.polku.coaching.rest.Coaching.createProvider;
import static fi.polku.coaching.rest.Coaching.grantConsent;
import static fi.polku.coaching.rest.Coaching.newBusinessId;
import static fi.polku.coaching.rest.Coaching.refer;
import static fi.polku.testkit.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;

/** The coaches' and providers' work lists: a coach's own caseload, a provider's episodes, a client's. */
@QuarkusTest
class EpisodeListTest {

    private static final String LIST = "/api/v1/coaching-episodes";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aCoachListsTheirOwnCaseloadAndTheProviderItsEpisodesWaitingIncluded() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        String aino = coach(providerId, "Aino Aalto", "coach-of-" + businessId);
        String bertta = coach(providerId, "Bertta Berg", "bertta-" + businessId);
        List<String> started = new ArrayList<>();
        List<UUID> clients = new ArrayList<>();
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            for (int i = 0; i < 3; i++) {
                UUID client = UUID.randomUUID();
                grantConsent(publisher, client, businessId);
                clients.add(client);
                String episode = refer(client, providerId);
                awaitStatus(episode, "ACTIVE");
                started.add(episode);
            }
        }
        String waiting = refer(UUID.randomUUID(), providerId);
        awaitStatus(waiting, "WAITING_FOR_CONSENT");

        // the least loaded coach gets each start: Aino, Bertta, Aino
        coachOf(businessId).get(LIST + "?coachId=me").then().statusCode(200)
                .body("items.id", equalTo(List.of(started.get(0), started.get(2))))
                .body("items.coachId", equalTo(List.of(aino, aino)));
        coachOf(businessId).get(LIST + "?coachId=" + bertta).then().statusCode(200)
                .body("items.id", equalTo(List.of(started.get(1))));
        coachOf(businessId).get(LIST + "?coachId=me&limit=1").then().statusCode(200)
                .body("items.id", equalTo(List.of(started.get(0)))).body("next", notNullValue());
        // without the client's consent the provider's coach does not see the waiting referral; the coordinator does
        coachOf(businessId).get(LIST + "?status=WAITING_FOR_CONSENT").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as(Roles.COORDINATOR).get(LIST + "?providerId=" + providerId + "&status=WAITING_FOR_CONSENT").then()
                .statusCode(200).body("items.id", equalTo(List.of(waiting)));
        coachOf(businessId).get(LIST + "?phase=ENGAGEMENT").then().statusCode(200)
                .body("items.size()", equalTo(3));
        // by client, for those with a basis
        as(Roles.CASE_OWNER).get(LIST + "?clientId=" + clients.get(1)).then().statusCode(200)
                .body("items.id", equalTo(List.of(started.get(1))));
        as(Roles.CASE_OWNER, "toinen-organisaatio", "someone-else").get(LIST + "?clientId=" + clients.get(1)).then()
                .statusCode(403);
        // another provider's coach, and bad filters
        coachOf(newBusinessId()).get(LIST + "?providerId=" + providerId).then().statusCode(403);
        coachOf(businessId).get(LIST + "?coachId=someone").then().statusCode(400)
                .body("violations.field", hasItem("coachId"));
        as(Roles.JOB_COACH, businessId, "not-a-registered-coach").get(LIST + "?coachId=me").then().statusCode(400)
                .body("violations.field", hasItem("coachId"));

        // a coach change, with its reason and history: the work lists follow it
        String moved = LIST + "/" + started.get(0);
        coachOf(businessId).body(Map.of("coachId", bertta, "reason", "Aino moves to another team"))
                .post(moved + "/coach-changes").then().statusCode(200).body("coachId", equalTo(bertta));
        coachOf(businessId).body(Map.of("coachId", bertta, "reason", "again")).post(moved + "/coach-changes").then()
                .statusCode(422).body("violations.field", hasItem("coachId"));
        String stranger = coach(createProvider(newBusinessId()), "Vieras Valmentaja", "stranger-" + businessId);
        coachOf(businessId).body(Map.of("coachId", stranger, "reason", "wrong provider"))
                .post(moved + "/coach-changes").then().statusCode(400).body("violations.field", hasItem("coachId"));
        coachOf(businessId).get(moved + "/coach-changes").then().statusCode(200)
                .body("items.fromCoachId", equalTo(List.of(aino))).body("items.toCoachId", equalTo(List.of(bertta)))
                .body("items.reason", equalTo(List.of("Aino moves to another team")));
        coachOf(businessId).get(LIST + "?coachId=me").then().statusCode(200)
                .body("items.id", equalTo(List.of(started.get(2))));

        // a record names who entered it: never under a colleague's name; a provider lead on a coach's behalf
        Map<String, Object> contact = Map.of("employerName", "Puutarha Oy", "date", Coaching.today().toString(),
                "faceToFace", true, "clientIds", List.of(clients.get(2).toString()), "basedOnClientPreferences", true,
                "purpose", "a job for a client who likes gardens");
        String contacts = "/api/v1/coaches/" + aino + "/employer-contacts";
        as(Roles.JOB_COACH, businessId, "bertta-" + businessId).body(contact).post(contacts).then().statusCode(403);
        coachOf(businessId).body(contact).post(contacts).then().statusCode(201)
                .body("recordedBy", equalTo("coach-of-" + businessId)).body("coachId", equalTo(aino));
        as(Roles.COORDINATOR).body(Map.of("name", "Liisa Lead", "userId", "lead-" + businessId, "fullTimeShare", 1.0,
                "providerLead", true)).post("/api/v1/providers/" + providerId + "/coaches").then().statusCode(201);
        as(Roles.JOB_COACH, businessId, "lead-" + businessId).body(contact).post(contacts).then().statusCode(201)
                .body("recordedBy", equalTo("lead-" + businessId)).body("coachId", equalTo(aino));

        // the same one rule for meetings, jobs and profiles: the first episode is Bertta's now, not Aino's
        Map<String, Object> meeting = Map.of("date", Coaching.today().toString(), "mode", "FACE_TO_FACE",
                "location", "CAFE", "topic", "what next", "attendance", "HELD");
        Map<String, Object> job = Map.of("employerName", "Puutarha Oy", "title", "gardener", "occupation",
                "gardener", "startDate", Coaching.today().toString(), "hoursPerWeek", 20, "openLabourMarket", true,
                "permanent", false, "wageAtLeastCollectiveAgreement", true);
        Map<String, Object> profile = Map.of("interests", "gardens");
        coachOf(businessId).body(meeting).post(moved + "/meetings").then().statusCode(403);
        coachOf(businessId).body(job).post(moved + "/jobs").then().statusCode(403);
        coachOf(businessId).header("If-Match", "*").body(profile).put(moved + "/vocational-profile").then()
                .statusCode(403);
        coachOf(businessId).get(moved + "/meetings").then().statusCode(200).body("items", hasSize(0));
        as(Roles.JOB_COACH, businessId, "bertta-" + businessId).body(meeting).post(moved + "/meetings").then()
                .statusCode(201)
                .body("recordedBy", equalTo("bertta-" + businessId)).body("coachId", equalTo(bertta));
        as(Roles.JOB_COACH, businessId, "lead-" + businessId).body(job).post(moved + "/jobs").then().statusCode(201)
                .body("recordedBy", equalTo("lead-" + businessId));
        as(Roles.JOB_COACH, businessId, "bertta-" + businessId).header("If-Match", "*").body(profile)
                .put(moved + "/vocational-profile").then().statusCode(200)
                .body("updatedBy", equalTo("bertta-" + businessId)).body("writtenFirstAt", notNullValue());
    }

    /** LIITE 1 item 1: "Suurin asiakasmäärä kokoaikaiselle työhönvalmentajalle on 20 asiakasta." */
    @Test
    void aPartTimeCoachsCaseloadLimitIsScaled() {
        String providerId = createProvider(newBusinessId());
        as(Roles.COORDINATOR).body(Map.of("name", "Puoli Päivi", "fullTimeShare", 0.5))
                .post("/api/v1/providers/" + providerId + "/coaches").then().statusCode(201)
                .body("maxCaseload", equalTo(10));
    }

    private static String coach(String providerId, String name, String userId) {
        return as(Roles.COORDINATOR).body(Map.of("name", name, "userId", userId, "fullTimeShare", 1.0))
                .post("/api/v1/providers/" + providerId + "/coaches").then().statusCode(201).extract().path("id");
    }
}
