package fi.polku.system;

import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.newBusinessId;
import static fi.polku.system.SystemClients.newIdentityCode;
import static fi.polku.system.SystemClients.registerClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.contract.ResponseValidation;
import fi.polku.testkit.system.PolkuService;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * One coached client through work trial, paid work, the job's end, a new job and continued follow-along. Support
 * does not end at an outcome (003 item 23 "Kestoltaan rajaamaton palvelu"; LIITE 6 "Omatyöntekijän ja
 * työhönvalmentajan tuki säilyy vielä tarvittaessa"); the provider earns one start, one guidance and one result fee
 * (§6), and the reports count the client employed only once they are in paid work in the open labour market.
 */
@ExtendWith(RunningSystem.class)
class CoachingOutcomesWalkTest {

    /** Everything happens today: outcomes cannot be dated before coaching started, nor in the future. */
    private static final LocalDate T = LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));

    @Test
    void workTrialPaidWorkJobEndedNewJobTheEpisodeStaysOpenWithOneFeeOfEachKind() {
        String businessId = newBusinessId();
        String providerId = call(PolkuService.COACHING, Roles.COORDINATOR)
                .body(Map.of("name", "Polkuvalmennus Oy", "organisationId", businessId, "contract", Map.of(
                        "elyCentre", "Hämeen ELY-keskus", "validFrom", T.minusYears(1).toString(),
                        "validUntil", T.plusYears(1).toString(), "startFee", 400, "guidanceFee", 800,
                        "resultFee", 2000)))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        String coach = "sirpan-valmentaja-" + businessId;
        call(PolkuService.COACHING, Roles.COORDINATOR)
                .body(Map.of("name", "Sirpan Valmentaja", "userId", coach, "fullTimeShare", 1.0))
                .post("/api/v1/providers/" + providerId + "/coaches").then().statusCode(201);
        UUID client = registerClient(newIdentityCode(new ArrayList<>()), "560");
        call(PolkuService.INTAKE, Roles.INTAKE_WORKER)
                .body(Map.of("parties", List.of(Map.of("organisation", businessId, "name", "Polkuvalmennus Oy",
                                "role", "COACHING_PROVIDER")),
                        "purpose", "SUPPORTED_EMPLOYMENT_COACHING", "validFrom", T.toString(), "givenAs", "SIGNED_FORM"))
                .post("/api/v1/clients/" + client + "/consents").then().statusCode(201);
        String episode = await().atMost(Duration.ofSeconds(30)).until(() -> coachOf(businessId, coach)
                .body(Map.of("clientId", client.toString(), "referrerType", "CLIENT_SELF",
                        "reason", "wants to work"))
                .post("/api/v1/coaching-episodes").then().extract().path("id"), id -> id != null);
        String path = "/api/v1/coaching-episodes/" + episode;
        coachOf(businessId, coach).get(path).then().statusCode(200).body("status", equalTo("ACTIVE"));
        coachOf(businessId, coach).get("/api/v1/coaching-episodes?coachId=me").then().statusCode(200)
                .body("items.id", equalTo(List.of(episode)));

        // a work trial: the guidance fee; a work trial is no employment in any report
        String trial = job(businessId, coach, path, "WORK_TRIAL", T);
        outcome(businessId, coach, path, "WORK_TRIAL", T, trial, "GUIDANCE");
        awaitEmployed(providerId, "0");

        // paid work in the open labour market backed by the recorded job: the result fee
        end(businessId, coach, path, trial, T);
        String first = job(businessId, coach, path, "EMPLOYMENT", T);
        outcome(businessId, coach, path, "PAID_WORK", T, first, "RESULT");
        awaitEmployed(providerId, "<5");

        // the job ends; a contact is due within 3 working days of hearing of it; the episode stays open
        end(businessId, coach, path, first, T);
        coachOf(businessId, coach).get(path + "/follow-along").then().statusCode(200)
                .body("contacts.find { it.kind == 'AFTER_JOB_END' }.windowStart", equalTo(T.toString()));
        coachOf(businessId, coach).get(path).then().body("status", equalTo("ACTIVE")).body("endReason", nullValue());

        // a new job: paid work again earns no second result fee; follow-along goes on for the new job
        String second = job(businessId, coach, path, "EMPLOYMENT", T);
        outcome(businessId, coach, path, "PAID_WORK", T, second, null);
        meeting(businessId, coach, path, T);
        JsonPath followAlong = coachOf(businessId, coach).get(path + "/follow-along").then().statusCode(200)
                .extract().jsonPath();
        assertThat(followAlong.getString("contacts.find { it.jobId == '" + second + "' && it.kind == 'AFTER_START' }"
                + ".status")).isEqualTo("DONE");
        assertThat(followAlong.getString("contacts.find { it.jobId == '" + second + "' && it.kind == 'MONTHLY'"
                + " && it.sequence == 2 }.dueDate")).isEqualTo(T.plusMonths(2).minusDays(1).toString());
        coachOf(businessId, coach).get(path).then().body("status", equalTo("ACTIVE"))
                .body("latestOutcome", equalTo("PAID_WORK"));
        coachOf(businessId, coach).get(path + "/outcomes").then().statusCode(200)
                .body("items.outcome", equalTo(List.of("WORK_TRIAL", "PAID_WORK", "PAID_WORK")));
        awaitEmployed(providerId, "<5");

        String period = "?from=" + T.minusDays(1) + "&to=" + T.plusDays(1);
        call(PolkuService.COACHING, Roles.COORDINATOR).get("/api/v1/providers/" + providerId + "/fees" + period)
                .then().statusCode(200).body("byType.START.count", equalTo(1)).body("byType.GUIDANCE.count", equalTo(1))
                .body("byType.RESULT.count", equalTo(1)).body("total", equalTo(3200.0f));
        call(PolkuService.COACHING, Roles.COORDINATOR).get("/api/v1/providers/" + providerId + "/fee-lines" + period)
                .then().statusCode(200).body("items.feeType", equalTo(List.of("START", "GUIDANCE", "RESULT")))
                .body("items[2].jobId", equalTo(first));
    }

    /** The coaching report's count of this provider's clients employed in the open labour market, as displayed. */
    private static void awaitEmployed(String providerId, String display) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath report = call(PolkuService.REPORTING, Roles.ANALYST).get("/api/v1/reports/coaching").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(report.getString("employedOpenLabourMarket.rows.find { it.key == '" + providerId
                    + "' }.count.display")).isEqualTo(display);
        });
    }

    private static String job(String businessId, String coach, String path, String kind, LocalDate start) {
        boolean paid = kind.equals("EMPLOYMENT");
        return coachOf(businessId, coach).body(Map.of("kind", kind, "employerName", "Orimattilan Puutarha Oy",
                        "title", paid ? "gardener" : "work trial", "occupation", "gardener",
                        "startDate", start.toString(), "hoursPerWeek", 30, "openLabourMarket", true,
                        "permanent", paid, "wageAtLeastCollectiveAgreement", paid))
                .post(path + "/jobs").then().statusCode(201).extract().path("id");
    }

    private static void end(String businessId, String coach, String path, String job, LocalDate on) {
        coachOf(businessId, coach).body(Map.of("endDate", on.toString(), "reason", "ended"))
                .post(path + "/jobs/" + job + "/end").then().statusCode(200);
    }

    private static void outcome(String businessId, String coach, String path, String outcome, LocalDate on,
            String job, String feeType) {
        coachOf(businessId, coach).body(Map.of("outcome", outcome, "date", on.toString(), "jobId", job))
                .post(path + "/outcomes").then().statusCode(201).body("feeType", equalTo(feeType));
    }

    private static void meeting(String businessId, String coach, String path, LocalDate on) {
        coachOf(businessId, coach).body(Map.of("date", on.toString(), "mode", "FACE_TO_FACE", "location", "WORKPLACE",
                "attendance", "HELD", "topic", "first days in the new job")).post(path + "/meetings").then()
                .statusCode(201);
    }

    private static RequestSpecification coachOf(String businessId, String subject) {
        return RestAssured.given().baseUri(RunningSystem.system().url(PolkuService.COACHING))
                .filter(ResponseValidation.against(PolkuService.COACHING.shortName()))
                .auth().oauth2(Tokens.token(Roles.JOB_COACH, businessId, subject))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
