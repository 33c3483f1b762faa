package fi.polku.system;

import static fi.polku.system.SystemClients.addProfessional;
import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.count;
import static fi.polku.system.SystemClients.newBusinessId;
import static fi.polku.system.SystemClients.newIdentityCode;
import static fi.polku.system.SystemClients.registerClient;
import static fi.polku.system.TeamAssessments.concludeAgreeingCaseOwner;
import static fi.polku.system.TeamAssessments.concludeWithCoachingBy;
import static fi.polku.system.TeamAssessments.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * The county's daily work across the services (issue 15): a work-ability team member sees the team's week; a
 * coaching provider records the consent it collected and its coach then sees the client; the case owner agreed in
 * the team's conclusion becomes the case owner; the case owner and the flow report see where on the service map the
 * client is now.
 */
@ExtendWith(RunningSystem.class)
class CountyDailyWorkTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void aTeamMemberSeesTheTeamsWeek() {
        String municipality = "106";
        String memberSubject = "team-week-" + UUID.randomUUID();
        String team = call(PolkuService.ASSESSMENT, Roles.COORDINATOR)
                .body(Map.of("name", "Hyvinkään työkykytiimi", "municipalityCode", municipality,
                        "members", List.of(Map.of("name", "Lääkäri Laine", "profession", "PHYSICIAN",
                                        "organisation", "Päijät-Hämeen hyvinvointialue", "userId", memberSubject),
                                member("Sosiaalityöntekijä Saari", "SOCIAL_WORKER"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
        UUID client = registerClient(newIdentityCode(new ArrayList<>()), municipality);
        call(PolkuService.INTAKE, Roles.INTAKE_WORKER)
                .body(Map.of("kind", "TEAM_APPOINTMENT", "teamId", team,
                        "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString(),
                        "reason", "Partial work ability"))
                .post("/api/v1/clients/" + client + "/team-bookings").then().statusCode(201);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        await().atMost(WAIT).untilAsserted(() -> assertThat(teamMember(memberSubject)
                .queryParam("teamId", team).queryParam("from", today.toString())
                .queryParam("to", today.plusDays(7).toString())
                .get("/api/v1/assessments").then().statusCode(200).extract().jsonPath()
                .<String>getList("items.clientId")).containsExactly(client.toString()));
        assertThat(teamMember(memberSubject).queryParam("teamId", team).queryParam("from", today.plusDays(8).toString())
                .get("/api/v1/assessments").then().statusCode(200).extract().jsonPath().<String>getList("items"))
                .as("next week is not this week").isEmpty();
        teamMember("in-no-team-" + UUID.randomUUID()).get("/api/v1/assessments").then().statusCode(403);

        // where the client is now, for the case owner and in the flow report: in the team's assessment since today
        await().atMost(WAIT).until(() -> "WORK_ABILITY_ASSESSMENT".equals(call(PolkuService.CASE_OWNER,
                Roles.COORDINATOR).get("/api/v1/clients/" + client + "/case-owner").then().extract().path("place")));
        await().atMost(WAIT).until(() -> count(PolkuService.REPORTING, "SELECT count(*) FROM client_flow"
                + " WHERE client_id = ? AND place = 'WORK_ABILITY_ASSESSMENT'", client) == 1);
        JsonPath flow = call(PolkuService.REPORTING, Roles.ANALYST).get("/api/v1/reports/flow").then().statusCode(200)
                .extract().jsonPath();
        assertThat(flow.<String>getList("whereNow.place")).startsWith("SERVICE_GUIDANCE", "WORK_ABILITY_ASSESSMENT");
        assertThat(flow.getString("whereNow.find { it.place == 'WORK_ABILITY_ASSESSMENT' }.clients.display"))
                .isNotEqualTo("0");
    }

    /**
     * Seed 003 §4.1: "olisi selkeintä, jos palveluntuottaja ottaisi valmennukseen osallistuvilta asiakkailta
     * suostumuksen". The county's referral is what lets the provider record it; the coach then sees the client.
     */
    @Test
    void aProviderRecordsTheConsentItCollectedAndItsCoachThenSeesTheClient() {
        String municipality = "108";
        String provider = newBusinessId();
        String coach = "daily-work-coach-" + provider;
        addProvider(provider, coach);
        UUID client = registerClient(newIdentityCode(new ArrayList<>()), municipality);
        // no referral yet: the provider may not record a consent of the client
        as(PolkuService.INTAKE, Tokens.token(Roles.JOB_COACH, provider, coach)).body(providerConsent(provider))
                .post("/api/v1/clients/" + client + "/consents").then()
                .statusCode(403);

        String team = call(PolkuService.ASSESSMENT, Roles.COORDINATOR)
                .body(Map.of("name", "Hämeenkyrön työkykytiimi", "municipalityCode", municipality,
                        "members", List.of(member("Lääkäri Laine", "PHYSICIAN"),
                                member("Sosiaalityöntekijä Saari", "SOCIAL_WORKER"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
        concludeWithCoachingBy(client, team, provider);
        // intake learns of the referral from coaching's CoachingReferralStatusChanged
        await().atMost(WAIT).until(() -> count(PolkuService.INTAKE, "SELECT count(*) FROM provider_referral"
                + " WHERE client_id = ? AND provider_organisation = ?", client, provider) == 1);
        coachOf(provider, coach).queryParam("clientId", client.toString()).get("/api/v1/coaching-referrals").then()
                .statusCode(403);

        as(PolkuService.INTAKE, Tokens.token(Roles.JOB_COACH, provider, coach)).body(providerConsent(provider))
                .post("/api/v1/clients/" + client + "/consents").then().statusCode(201)
                .body("recordedBy", equalTo(coach)).body("recordedByOrganisation", equalTo(provider));

        await().atMost(WAIT).untilAsserted(() -> assertThat(coachOf(provider, coach)
                .queryParam("clientId", client.toString()).get("/api/v1/coaching-referrals").then().statusCode(200)
                .extract().jsonPath().<String>getList("items.status")).containsExactly("REQUESTED"));
    }

    @Test
    void theCaseOwnerAgreedInTheConclusionBecomesTheCaseOwner() {
        String municipality = "105";
        String firstOwner = addProfessional(municipality, 500);
        String agreed = call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .body(Map.of("name", "Sovittu Asiakasvastaava", "organisation", "Päijät-Hämeen hyvinvointialue",
                        "role", "SOCIAL_WELFARE_OWN_WORKER", "municipalities", List.of("111"),
                        "maxCaseload", 10, "userId", "agreed-owner-" + UUID.randomUUID()))
                .post("/api/v1/professionals").then().statusCode(201).extract().path("id");
        UUID client = registerClient(newIdentityCode(new ArrayList<>()), municipality);
        await().atMost(WAIT).until(() -> firstOwner.equals(call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .get("/api/v1/clients/" + client + "/case-owner").then().extract().path("caseOwner.id")));
        String team = call(PolkuService.ASSESSMENT, Roles.COORDINATOR)
                .body(Map.of("name", "Hyrynsalmen työkykytiimi", "municipalityCode", municipality,
                        "members", List.of(member("Lääkäri Laine", "PHYSICIAN"),
                                member("Sosiaalityöntekijä Saari", "SOCIAL_WORKER"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");

        concludeAgreeingCaseOwner(client, team, agreed);

        await().atMost(WAIT).until(() -> agreed.equals(call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .get("/api/v1/clients/" + client + "/case-owner").then().extract().path("caseOwner.id")));
        List<Map<String, Object>> history = call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .get("/api/v1/clients/" + client + "/case-owner/history").then().statusCode(200).extract()
                .jsonPath().getList("items");
        assertThat(history).anySatisfy(change -> assertThat(change).containsEntry("fromProfessionalId", firstOwner)
                .containsEntry("toProfessionalId", agreed)
                .containsEntry("reason", "agreed in the work-ability assessment"));
    }

    /** The consent the provider collected on the form (LIITE 2), naming the provider only. */
    private static Map<String, Object> providerConsent(String provider) {
        return Map.of("parties", List.of(Map.of("organisation", provider, "name", "Arkivalmennus Oy",
                        "role", "COACHING_PROVIDER")),
                "purpose", "SUPPORTED_EMPLOYMENT_COACHING", "validFrom", LocalDate.now().toString(),
                "givenAs", "SIGNED_FORM", "clientInformed", true, "participationVoluntary", true,
                "givenOn", LocalDate.now().toString(), "givenAtPlace", "Hämeenkyrö");
    }

    private static void addProvider(String provider, String coach) {
        String providerId = call(PolkuService.COACHING, Roles.COORDINATOR)
                .body(Map.of("name", "Arkivalmennus Oy", "organisationId", provider, "contract", Map.of(
                        "elyCentre", "Hämeen ELY-keskus", "validFrom", LocalDate.now().minusYears(1).toString(),
                        "validUntil", LocalDate.now().plusYears(1).toString(), "startFee", 400, "guidanceFee", 800,
                        "resultFee", 2000)))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        call(PolkuService.COACHING, Roles.COORDINATOR)
                .body(Map.of("name", "Aino Arkivalmentaja", "userId", coach, "fullTimeShare", 1.0))
                .post("/api/v1/providers/" + providerId + "/coaches").then().statusCode(201);
    }

    private static RequestSpecification teamMember(String subject) {
        return as(PolkuService.ASSESSMENT, Tokens.token(Roles.TEAM_MEMBER, Tokens.DEFAULT_ORGANISATION, subject));
    }

    private static RequestSpecification coachOf(String provider, String coach) {
        return as(PolkuService.COACHING, Tokens.token(Roles.JOB_COACH, provider, coach));
    }

    private static RequestSpecification as(PolkuService service, String token) {
        return RestAssured.given().baseUri(RunningSystem.system().url(service))
                .filter(ResponseValidation.against(service.shortName())).auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
