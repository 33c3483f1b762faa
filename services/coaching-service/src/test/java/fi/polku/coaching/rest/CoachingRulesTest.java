package fi.polku.coaching.rest;

import static fi.polku.coaching.rest.Coaching.addCoach;
import static fi.polku.coaching.rest.Coaching.awaitStatus;
import static fi.polku.coaching.rest.Coaching.coachOf;
import static fi.polku.coaching.rest.Coaching.contract;
import static fi.polku.coaching.rest.Coaching.createProvider;
import static fi.polku.coaching.rest.Coaching.grantConsent;
import static fi.polku.coaching.rest.Coaching.newBusinessId;
import static fi.polku.coaching.rest.Coaching.refer;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CoachingRulesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private record Active(String businessId, String providerId, String coachId, UUID clientId, String path) {
    }

    private Active activeEpisode() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        String coachId = addCoach(providerId, "Sanna Sääntö", null);
        UUID clientId = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            grantConsent(publisher, clientId, businessId);
        }
        String episodeId = refer(clientId, providerId);
        awaitStatus(episodeId, "ACTIVE");
        return new Active(businessId, providerId, coachId, clientId, "/api/v1/coaching-episodes/" + episodeId);
    }

    @Test
    void phasesGoInOrderAndARefusedTransitionChangesNothing() {
        Active e = activeEpisode();
        coachOf(e.businessId()).body(Map.of("toPhase", "JOB_SEARCH")).post(e.path() + "/phase-transitions").then()
                .statusCode(422).contentType("application/problem+json").body("violations.field", hasItem("toPhase"));
        as(Roles.CASE_OWNER).get(e.path()).then().body("phase", equalTo("ENGAGEMENT"));
        coachOf(e.businessId()).body(Map.of("toPhase", "VOCATIONAL_PROFILE")).post(e.path() + "/phase-transitions")
                .then().statusCode(200);
        coachOf(e.businessId()).body(Map.of("toPhase", "SOMEWHERE")).post(e.path() + "/phase-transitions").then()
                .statusCode(400).body("violations.field", hasItem("toPhase"));
        coachOf(e.businessId()).get(e.path() + "/phase-transitions").then().statusCode(200)
                .body("items.toPhase", equalTo(List.of("ENGAGEMENT", "VOCATIONAL_PROFILE")));
    }

    @Test
    void theVocationalProfileIsUpdatedWithItsETag() {
        Active e = activeEpisode();
        String etag = coachOf(e.businessId()).body(Map.of("interests", "gardening")).put(e.path() + "/vocational-profile")
                .then().statusCode(200).extract().header("ETag");
        coachOf(e.businessId()).body(Map.of("interests", "parks")).put(e.path() + "/vocational-profile").then()
                .statusCode(428);
        String newer = coachOf(e.businessId()).header("If-Match", etag)
                .body(Map.of("interests", "parks", "lessonsFromJobs", "prefers outdoor work"))
                .put(e.path() + "/vocational-profile").then().statusCode(200).extract().header("ETag");
        coachOf(e.businessId()).header("If-Match", etag).body(Map.of("interests", "stale"))
                .put(e.path() + "/vocational-profile").then().statusCode(412);
        coachOf(e.businessId()).get(e.path() + "/vocational-profile").then().statusCode(200)
                .header("ETag", equalTo(newer)).body("interests", equalTo("parks"));
    }

    @Test
    void missedMeetingsRecordTheAttemptsAndNeverCloseTheEpisode() {
        Active e = activeEpisode();
        for (int i = 0; i < 3; i++) {
            coachOf(e.businessId()).body(Map.of("date", LocalDate.now().minusDays(i).toString(), "mode", "FACE_TO_FACE",
                    "location", "LIBRARY", "attendance", "NO_SHOW", "topic", "job search",
                    "reachAttempts", List.of(Map.of("date", LocalDate.now().minusDays(i).toString(),
                            "method", "TEXT_MESSAGE", "reached", false))))
                    .post(e.path() + "/meetings").then().statusCode(201);
        }
        as(Roles.CASE_OWNER).get(e.path()).then().body("status", equalTo("ACTIVE"));
        coachOf(e.businessId()).get(e.path() + "/meetings").then().statusCode(200)
                .body("items.attendance", equalTo(List.of("NO_SHOW", "NO_SHOW", "NO_SHOW")));
        coachOf(e.businessId()).body(Map.of("date", LocalDate.now().toString(), "mode", "REMOTE", "location", "CAFE",
                "attendance", "HELD", "topic", "call")).post(e.path() + "/meetings").then().statusCode(400)
                .body("violations.field", hasItem("location"));
    }

    @Test
    void aWorkTrialPausingRehabilitativeWorkActivityOverOneMonthIsFlagged() {
        Active e = activeEpisode();
        coachOf(e.businessId()).body(Map.of("kind", "WORK_TRIAL", "employerName", "Puutarha Oy", "title", "trial",
                        "occupation", "gardener", "startDate", LocalDate.now().minusDays(40).toString(),
                        "hoursPerWeek", 20, "openLabourMarket", false, "permanent", false,
                        "wageAtLeastCollectiveAgreement", false))
                .post(e.path() + "/jobs").then().statusCode(201);
        String etag = as(Roles.CASE_OWNER).get(e.path()).then().extract().header("ETag");
        coachOf(e.businessId()).header("If-Match", etag).body(Map.of("daysPerWeek", 0, "status", "PAUSED",
                        "pausedFrom", LocalDate.now().minusDays(40).toString()))
                .put(e.path() + "/rehabilitative-work-activity").then().statusCode(200)
                .body("rehabilitativeWorkActivity.flags.code", equalTo(List.of("PAUSE_OVER_ONE_MONTH")));
        coachOf(e.businessId()).body(Map.of("daysPerWeek", 0, "status", "PAUSED"))
                .put(e.path() + "/rehabilitative-work-activity").then().statusCode(428);
    }

    /**
     * LIITE 6: "Omatyöntekijän ja työhönvalmentajan tuki säilyy vielä tarvittaessa"; 25.1 "Palvelun päättäminen ei
     * perustu aikarajoituksiin eikä siihen, ettei asiakas ole saapunut tapaamisiin."
     */
    @Test
    void outcomesAreEventsInTheEpisodesLifeAndEachFeeTypeIsEarnedOnce() {
        Active e = activeEpisode();
        String today = Coaching.today().toString();
        coachOf(e.businessId()).body(Map.of("outcome", "SICK_LEAVE", "date", today)).post(e.path() + "/outcomes")
                .then().statusCode(201).body("feeType", equalTo("GUIDANCE")).body("feeAmount", equalTo(800.0f))
                .body("feeDecision", equalTo("EARNED"));
        coachOf(e.businessId()).body(Map.of("outcome", "PENSION", "date", today)).post(e.path() + "/outcomes")
                .then().statusCode(201).body("feeType", nullValue())
                .body("feeDecision", equalTo("ALREADY_EARNED_FOR_CLIENT_AND_CONTRACT"));
        as(Roles.CASE_OWNER).get(e.path()).then().body("status", equalTo("ACTIVE"))
                .body("latestOutcome", equalTo("PENSION")).body("endReason", nullValue());
        coachOf(e.businessId()).body(Map.of("date", today, "mode", "FACE_TO_FACE", "location", "CAFE",
                "attendance", "HELD", "topic", "after the outcome")).post(e.path() + "/meetings").then().statusCode(201);
        as(Roles.CASE_OWNER).get(e.path() + "/outcomes").then().statusCode(200)
                .body("items.outcome", equalTo(List.of("SICK_LEAVE", "PENSION")));

        coachOf(e.businessId()).body(Map.of("outcome", "STUDIES", "date", today, "satisfaction", 11))
                .post(e.path() + "/outcomes").then().statusCode(400).body("violations.field", hasItem("satisfaction"));
        coachOf(e.businessId()).body(Map.of("outcome", "PAID_WORK", "date", today)).post(e.path() + "/outcomes")
                .then().statusCode(422).body("violations.field", hasItem("jobId"));
        coachOf(e.businessId()).body(Map.of("outcome", "STUDIES", "date", Coaching.today().plusDays(1).toString()))
                .post(e.path() + "/outcomes").then().statusCode(400).body("violations.field", hasItem("date"));
        as(Roles.CASE_OWNER).get(e.path() + "/outcomes").then().body("items", org.hamcrest.Matchers.hasSize(2));

        JsonNode recorded = EventLog.event(kafka, Topics.COACHING, "CoachingOutcomeRecorded", e.clientId(),
                Duration.ofSeconds(20));
        EventSchemas.assertValid(recorded);
        List<JsonNode> fees = EventLog.events(kafka, Topics.COACHING, EventLog.ofType("FeeEarned", e.clientId()), 3,
                Duration.ofSeconds(3));
        fees.forEach(EventSchemas::assertValid);
        assertThat(fees).extracting(f -> f.path("data").path("feeType").asText()).containsExactly("START", "GUIDANCE");
    }

    @Test
    void endingIsItsOwnActWithAReasonAndNoContactNeedsTheDocumentedAttempts() {
        Active e = activeEpisode();
        coachOf(e.businessId()).body(Map.of("reason", "NO_CONTACT_AFTER_ENGAGEMENT_ATTEMPTS")).post(e.path() + "/end")
                .then().statusCode(422).body("violations.field", hasItem("reason"));
        as(Roles.CASE_OWNER).get(e.path()).then().body("status", equalTo("ACTIVE"));
        coachOf(e.businessId()).body(Map.of("date", Coaching.today().toString(), "mode", "FACE_TO_FACE",
                "location", "HOME", "attendance", "NO_SHOW", "topic", "job search", "reachAttempts", List.of(
                        Map.of("date", Coaching.today().toString(), "method", "PHONE", "reached", false),
                        Map.of("date", Coaching.today().toString(), "method", "LETTER", "reached", false),
                        Map.of("date", Coaching.today().toString(), "method", "HOME_VISIT", "reached", false))))
                .post(e.path() + "/meetings").then().statusCode(201);
        coachOf(e.businessId()).body(Map.of("reason", "NO_CONTACT_AFTER_ENGAGEMENT_ATTEMPTS")).post(e.path() + "/end")
                .then().statusCode(200).body("status", equalTo("ENDED"))
                .body("endReason", equalTo("NO_CONTACT_AFTER_ENGAGEMENT_ATTEMPTS"));
        coachOf(e.businessId()).body(Map.of("reason", "CLIENT_WISH")).post(e.path() + "/end").then().statusCode(422);
        coachOf(e.businessId()).body(Map.of("outcome", "STUDIES", "date", Coaching.today().toString()))
                .post(e.path() + "/outcomes").then().statusCode(422);
        JsonNode ended = EventLog.event(kafka, Topics.COACHING, "CoachingEnded", e.clientId(), Duration.ofSeconds(20));
        EventSchemas.assertValid(ended);
        assertThat(ended.path("data").path("endReason").asText()).isEqualTo("NO_CONTACT_AFTER_ENGAGEMENT_ATTEMPTS");
    }

    @Test
    void aSecondEpisodeUnderTheSameContractEarnsNoSecondStartFee() {
        Active e = activeEpisode();
        coachOf(e.businessId()).body(Map.of("reason", "MOVED_AWAY")).post(e.path() + "/end").then().statusCode(200);
        String again = refer(e.clientId(), e.providerId());
        awaitStatus(again, "ACTIVE");
        assertThat(EventLog.events(kafka, Topics.COACHING, EventLog.ofType("FeeEarned", e.clientId()), 2,
                Duration.ofSeconds(3))).extracting(f -> f.path("data").path("feeType").asText())
                .containsExactly("START");
    }

    @Test
    void providersNeedAValidBusinessIdAndACoordinator() {
        Map<String, Object> bad = Map.of("name", "Väärä Oy", "organisationId", "2345678-1",
                "contract", contract(LocalDate.now(), LocalDate.now().plusYears(1)));
        as(Roles.COORDINATOR).body(bad).post("/api/v1/providers").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("organisationId"));
        String businessId = newBusinessId();
        Map<String, Object> good = Map.of("name", "Oikea Oy", "organisationId", businessId,
                "contract", contract(LocalDate.now(), LocalDate.now().plusYears(1)));
        as(Roles.JOB_COACH).body(good).post("/api/v1/providers").then().statusCode(403);
        String id = as(Roles.COORDINATOR).body(good).post("/api/v1/providers").then().statusCode(201)
                .body("contract.resultOutcomes", equalTo(List.of("PAID_WORK"))).extract().path("id");
        as(Roles.COORDINATOR).body(good).post("/api/v1/providers").then().statusCode(409);
        coachOf(businessId).get("/api/v1/providers/" + id).then().statusCode(200);
        coachOf(newBusinessId()).get("/api/v1/providers/" + id).then().statusCode(403);
        as(Roles.COORDINATOR).body(Map.of("name", "Osa-aikainen", "fullTimeShare", 1.5))
                .post("/api/v1/providers/" + id + "/coaches").then().statusCode(400)
                .body("violations.field", hasItem("fullTimeShare"));
    }

    @Test
    void aCoachChangePublishesCoachChangedWithTheReasonAsACodeOnly() {
        Active e = activeEpisode();
        String other = as(Roles.COORDINATOR).body(Map.of("name", "Toinen Valmentaja", "fullTimeShare", 1.0, "userId",
                "other-" + e.businessId())).post("/api/v1/providers/" + e.providerId() + "/coaches").then()
                .statusCode(201).extract().path("id");
        // OTHER, or no code at all, needs the reason in words
        coachOf(e.businessId()).body(Map.of("coachId", other, "reasonCode", "OTHER")).post(e.path() + "/coach-changes")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        coachOf(e.businessId()).body(Map.of("coachId", other, "reasonCode", "SOMETHING"))
                .post(e.path() + "/coach-changes").then().statusCode(400).body("violations.field", hasItem("reasonCode"));

        coachOf(e.businessId()).body(Map.of("coachId", other, "reasonCode", "CLIENT_REQUEST", "reason",
                "Asiakas toivoi toista valmentajaa")).post(e.path() + "/coach-changes").then().statusCode(200)
                .body("coachId", equalTo(other));
        coachOf(e.businessId()).get(e.path() + "/coach-changes").then().statusCode(200)
                .body("items.reasonCode", equalTo(List.of("CLIENT_REQUEST")))
                .body("items.reason", equalTo(List.of("Asiakas toivoi toista valmentajaa")));

        JsonNode event = EventLog.event(kafka, Topics.COACHING, "CoachChanged", e.clientId(), Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        JsonNode data = event.path("data");
        assertThat(data.path("episodeId").asText()).isEqualTo(e.path().substring(e.path().lastIndexOf('/') + 1));
        assertThat(data.path("fromCoachId").asText()).isEqualTo(e.coachId());
        assertThat(data.path("toCoachId").asText()).isEqualTo(other);
        assertThat(data.path("providerId").asText()).isEqualTo(e.providerId());
        assertThat(data.path("reasonCode").asText()).isEqualTo("CLIENT_REQUEST");
        assertThat(event.toString()).doesNotContain("toivoi");
    }

    @Test
    void aFidelityReviewStatesItsTotalBandAndHowNotApplicableItemsCount() {
        String providerId = createProvider(newBusinessId());
        Integer[] scores = {5, 4, 5, 3, null, 5, 5, 4, null, 5, null, 4, 5, 4, 4, 5, 4, 4, 5, 5, 5, 5, 1, 2, null};
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Map<String, Object> item = new HashMap<>(Map.of("item", i + 1));
            if (scores[i] == null) {
                item.put("notApplicable", true);
                item.put("reason", "not part of this provider's concept");
            } else {
                item.put("score", scores[i]);
            }
            items.add(item);
        }
        Map<String, Object> review = Map.of("reviewDate", "2022-11-15",
                "reviewers", List.of("ELY-asiantuntija A", "ELY-asiantuntija B"), "items", items);

        as(Roles.COORDINATOR).body(review).post("/api/v1/providers/" + providerId + "/fidelity-reviews").then()
                .statusCode(201).body("total", equalTo(89)).body("band", equalTo("FAIR"))
                .body("notApplicableItems", equalTo(List.of(5, 9, 11, 25))).body("proratedTotal", equalTo(106))
                .body("notApplicableTreatment", org.hamcrest.Matchers.containsString("score 0"));
        JsonNode event = EventLog.event(kafka, Topics.COACHING, "FidelityReviewRecorded", UUID.fromString(providerId),
                Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("items")).hasSize(21);

        items.get(4).remove("reason");
        as(Roles.COORDINATOR).body(review).post("/api/v1/providers/" + providerId + "/fidelity-reviews").then()
                .statusCode(400).body("violations.field", hasItem("items[4].reason"));
        as(Roles.COORDINATOR).get("/api/v1/providers/" + providerId + "/fidelity-reviews").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }
}
