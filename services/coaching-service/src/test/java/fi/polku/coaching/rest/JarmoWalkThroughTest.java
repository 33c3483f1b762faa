package fi.polku.coaching.rest;

import static fi.polku.coaching.rest.Coaching.accept;
import static fi.polku.coaching.rest.Coaching.addCoach;
import static fi.polku.coaching.rest.Coaching.coachOf;
import static fi.polku.coaching.rest.Coaching.createProvider;
import static fi.polku.coaching.rest.Coaching.grantConsent;
import static fi.polku.coaching.rest.Coaching.newBusinessId;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Jarmo, 57 (003, LIITE 5): over a year in rehabilitative work activity, good with cars and machines, needs support
 * in reaching employers, ready to try a work trial in a new field. Referral, coaching, employer contacts, a work
 * trial alongside rehabilitative work activity, a paid job, follow-along contacts, the outcome and the fees.
 */
@QuarkusTest
class JarmoWalkThroughTest {

    private static final LocalDate T = Coaching.today();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void jarmoFromReferralToAPaidJobWithFollowAlongSupportAndFees() throws Exception {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        String coachId = addCoach(providerId, "Liisa Lehto", null);
        UUID jarmo = UUID.randomUUID();
        UUID referral = UUID.randomUUID();

        // referral from the work-ability team's support plan (a v1 event, with its reason in words, as still on the
        // topic from before v2); consent to exchange data with the provider
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            grantConsent(publisher, jarmo, businessId);
            publisher.publish(Topics.ASSESSMENT, "assessment", "CoachingReferralIssued", jarmo, Map.of(
                    "clientId", jarmo.toString(), "referralId", referral.toString(),
                    "assessmentId", UUID.randomUUID().toString(), "providerOrganisation", businessId,
                    "reason", "needs support in reaching employers; motivated to work",
                    "issuedAt", OffsetDateTime.now().toString(), "targetDate", T.plusDays(14).toString()));
        }
        // the provider accepts the referral with Liisa as the coach
        accept(businessId, referral, coachId);
        JsonNode started = EventLog.event(kafka, Topics.COACHING, "CoachingStarted", jarmo, Duration.ofSeconds(30));
        EventSchemas.assertValid(started);
        String episode = started.path("data").path("episodeId").asText();
        String path = "/api/v1/coaching-episodes/" + episode;
        assertThat(started.path("data").path("coachId").asText()).isEqualTo(coachId);

        // engagement at the familiar workshop, then the vocational profile
        meeting(businessId, path, T.minusDays(90), "FACE_TO_FACE", "REHABILITATIVE_WORKSHOP", "HELD", "getting to know");
        transition(businessId, path, "VOCATIONAL_PROFILE");
        coachOf(businessId).body(Map.of("careerGoals", "steady work with cars or machines",
                        "interests", "repairing cars and machines, self-taught",
                        "strengths", "practical skills, known in the village",
                        "education", "comprehensive school; no interest in further studies",
                        "workHistory", "seasonal builder's helper, excavator driver; unemployed for two years",
                        "benefitsSituation", "labour market subsidy; activity allowance on workshop days",
                        "disclosure", "nothing to disclose; does not want to write applications or CVs"))
                .put(path + "/vocational-profile").then().statusCode(200).header("ETag", equalTo("\"0\""));
        meeting(businessId, path, T.minusDays(85), "FACE_TO_FACE", "CAFE", "HELD", "vocational profile");
        Map<String, Object> noShow = meetingBody(T.minusDays(80), "FACE_TO_FACE", "HOME", "NO_SHOW",
                "job search plan");
        noShow.put("reachAttempts", List.of(
                Map.of("date", T.minusDays(80).toString(), "method", "PHONE", "reached", false),
                Map.of("date", T.minusDays(79).toString(), "method", "VIA_OWN_WORKER", "reached", true)));
        coachOf(businessId).body(noShow).post(path + "/meetings").then().statusCode(201)
                .body("reachAttempts", hasSize(2));
        as(Roles.CASE_OWNER).get(path).then().body("status", equalTo("ACTIVE"));

        // rapid job search: employer contacts based on Jarmo's interests
        transition(businessId, path, "JOB_SEARCH");
        coachOf(businessId).body(Map.of("employerName", "Autokorjaamo Mäkinen Oy", "employerBusinessId", "2345678-0",
                        "date", T.minusDays(75).toString(), "faceToFace", true, "clientIds", List.of(jarmo.toString()),
                        "basedOnClientPreferences", true, "purpose", "a work trial in car repair for Jarmo"))
                .post("/api/v1/coaches/" + coachId + "/employer-contacts").then().statusCode(201);

        // a work trial alongside rehabilitative work activity: two paying statements needed
        String trial = coachOf(businessId).body(job("WORK_TRIAL", T.minusDays(70), "work trial: car repair", false, false, false))
                .post(path + "/jobs").then().statusCode(201).extract().path("id");
        String etag = as(Roles.CASE_OWNER).get(path).then().extract().header("ETag");
        Map<String, Object> rehab = new HashMap<>(Map.of("daysPerWeek", 2, "status", "ACTIVE",
                "activityStatementFrom", T.minusDays(400).toString(), "activityStatementUntil",
                T.plusDays(100).toString()));
        etag = coachOf(businessId).header("If-Match", etag).body(rehab).put(path + "/rehabilitative-work-activity").then()
                .statusCode(200).body("rehabilitativeWorkActivity.flags.code", equalTo(List.of("PAYING_STATEMENT_MISSING")))
                .extract().header("ETag");
        rehab.put("workTrialStatementFrom", T.minusDays(70).toString());
        rehab.put("workTrialStatementUntil", T.plusDays(20).toString());
        coachOf(businessId).header("If-Match", etag).body(rehab).put(path + "/rehabilitative-work-activity").then().statusCode(200)
                .body("rehabilitativeWorkActivity.flags", empty());
        coachOf(businessId).body(Map.of("endDate", T.minusDays(40).toString(), "reason", "trial completed: the employer offers a job"))
                .post(path + "/jobs/" + trial + "/end").then().statusCode(200);

        // the employer agreement and a paid job in the open labour market
        transition(businessId, path, "EMPLOYER_AGREEMENT");
        meeting(businessId, path, T.minusDays(30), "FACE_TO_FACE", "WORKPLACE", "HELD", "before the first day");
        String paidJob = coachOf(businessId)
                .body(job("EMPLOYMENT", T.minusDays(25), "car mechanic's assistant", true, true, true))
                .post(path + "/jobs").then().statusCode(201).body("competitive", equalTo(true)).extract().path("id");
        transition(businessId, path, "JOB_SUPPORT");
        meeting(businessId, path, T.minusDays(23), "FACE_TO_FACE", "WORKPLACE", "HELD", "first days at work");
        meeting(businessId, path, T.minusDays(16), "FACE_TO_FACE", "CAFE", "HELD", "second week");
        meeting(businessId, path, T.minusDays(9), "FACE_TO_FACE", "HOME", "HELD", "third week");

        // follow-along: the fourth week's contact is due now and on the coach's work list, with item 15's first
        // face-to-face employer contact within 30 days of the start (the contact above predates this episode)
        coachOf(businessId).get(path + "/follow-along").then().statusCode(200).body("overdue", equalTo(0)).body("due", equalTo(1))
                .body("contacts.find { it.kind == 'BEFORE_START' }.status", equalTo("DONE"))
                .body("contacts.find { it.kind == 'AFTER_START' }.status", equalTo("DONE"));
        coachOf(businessId).get("/api/v1/coaches/" + coachId + "/due-contacts").then().statusCode(200)
                .body("items.contact.kind", equalTo(List.of("WEEKLY", "FIRST_EMPLOYER_CONTACT")))
                .body("items.clientId", equalTo(List.of(jarmo.toString(), jarmo.toString())));
        meeting(businessId, path, T.minusDays(1), "FACE_TO_FACE", "WORKPLACE", "HELD", "fourth week");
        coachOf(businessId).get("/api/v1/coaches/" + coachId + "/due-contacts").then().statusCode(200)
                .body("items.contact.kind", equalTo(List.of("FIRST_EMPLOYER_CONTACT")));

        // outcome: paid work backed by the recorded job earns the result fee; the support goes on
        coachOf(businessId).body(Map.of("outcome", "PAID_WORK", "date", T.toString(), "jobId", paidJob,
                        "satisfaction", 9)).post(path + "/outcomes").then().statusCode(201)
                .body("feeType", equalTo("RESULT")).body("feeAmount", equalTo(2000.0f)).body("jobId", equalTo(paidJob));
        as(Roles.CASE_OWNER).get(path).then().body("status", equalTo("ACTIVE")).body("latestOutcome", equalTo("PAID_WORK"));
        coachOf(businessId).get(path + "/follow-along").then().statusCode(200).body("overdue", equalTo(0));

        for (String type : List.of("CoachingPhaseChanged", "JobStarted", "JobEnded", "CoachingOutcomeRecorded")) {
            EventSchemas.assertValid(EventLog.event(kafka, Topics.COACHING, type, jarmo, Duration.ofSeconds(20)));
        }
        List<JsonNode> fees = EventLog.events(kafka, Topics.COACHING, EventLog.ofType("FeeEarned", jarmo), 2,
                Duration.ofSeconds(20));
        fees.forEach(EventSchemas::assertValid);
        assertThat(fees).extracting(e -> e.path("data").path("feeType").asText()).containsExactly("START", "RESULT");
        JsonNode outcome = EventLog.event(kafka, Topics.COACHING, "CoachingOutcomeRecorded", jarmo,
                Duration.ofSeconds(20));
        assertThat(outcome.path("data").path("satisfaction").asInt()).isEqualTo(9);

        // the ELY centre's invoicing check and the evidence for the fidelity review
        as(Roles.COORDINATOR).get("/api/v1/providers/" + providerId + "/fees?from=" + T.minusDays(1) + "&to="
                + T.plusDays(1)).then().statusCode(200)
                .body("total", equalTo(2400.0f)).body("byType.START.amount", equalTo(400.0f))
                .body("byType.RESULT.count", equalTo(1)).body("count", equalTo(2));
        as(Roles.COORDINATOR).get("/api/v1/providers/" + providerId + "/fee-lines?from=" + T.minusDays(1) + "&to="
                + T.plusDays(1)).then().statusCode(200)
                .body("items.clientId", equalTo(List.of(jarmo.toString(), jarmo.toString())))
                .body("items.feeType", equalTo(List.of("START", "RESULT")))
                .body("items[1].jobId", equalTo(paidJob)).body("items[1].outcome", equalTo("PAID_WORK"));
        // security issue item 13: the analyst gets the totals, never the client-level lines
        as(Roles.ANALYST).get("/api/v1/providers/" + providerId + "/fees?from=" + T.minusDays(1) + "&to="
                + T.plusDays(1)).then().statusCode(200).body("total", equalTo(2400.0f))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("byClient")));
        as(Roles.ANALYST).get("/api/v1/providers/" + providerId + "/fee-lines?from=" + T.minusDays(1) + "&to="
                + T.plusDays(1)).then().statusCode(403);
        as(Roles.COORDINATOR).get("/api/v1/providers/" + providerId + "/fidelity-indicators?from=" + T.minusDays(100)
                + "&to=" + T).then().statusCode(200)
                .body("indicators.find { it.item == 16 }.score", equalTo(5))
                .body("indicators.find { it.item == 21 }.data.employedClients", equalTo(1))
                .body("indicators.find { it.item == 21 }.score", equalTo(1))
                .body("indicators.find { it.item == 23 }.value", equalTo(100.0f))
                .body("indicators.find { it.item == 24 }.data.meetingsHeld", equalTo(7));

        assertThat(accessLogEntries(jarmo, "coach-of-" + businessId)).isGreaterThan(10);
    }

    private long accessLogEntries(UUID clientId, String subject) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM access_log WHERE client_id = ? AND actor_subject = ?")) {
            query.setObject(1, clientId);
            query.setString(2, subject);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void transition(String businessId, String path, String phase) {
        coachOf(businessId).body(Map.of("toPhase", phase)).post(path + "/phase-transitions").then().statusCode(200)
                .body("phase", equalTo(phase));
    }

    private static void meeting(String businessId, String path, LocalDate date, String mode, String location,
            String attendance, String topic) {
        coachOf(businessId).body(meetingBody(date, mode, location, attendance, topic)).post(path + "/meetings").then()
                .statusCode(201);
    }

    private static Map<String, Object> meetingBody(LocalDate date, String mode, String location, String attendance,
            String topic) {
        return new HashMap<>(Map.of("date", date.toString(), "mode", mode, "location", location,
                "attendance", attendance, "topic", topic));
    }

    private static Map<String, Object> job(String kind, LocalDate start, String title, boolean open, boolean permanent,
            boolean wage) {
        return Map.of("kind", kind, "employerName", "Autokorjaamo Mäkinen Oy", "employerBusinessId", "2345678-0",
                "title", title, "occupation", "motor vehicle mechanic", "startDate", start.toString(),
                "hoursPerWeek", 37.5, "openLabourMarket", open, "permanent", permanent,
                "wageAtLeastCollectiveAgreement", wage);
    }
}
