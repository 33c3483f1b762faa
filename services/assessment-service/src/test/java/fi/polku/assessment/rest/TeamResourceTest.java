package fi.polku.assessment.rest;

import static fi.polku.assessment.Fixtures.member;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class TeamResourceTest {

    private static Map<String, Object> team(String municipality, List<Map<String, Object>> members) {
        return Map.of("name", "Työkykytiimi " + municipality, "municipalityCode", municipality,
                "area", "Päijät-Häme", "members", members);
    }

    @Test
    void aCoordinatorSetsUpAMultiProfessionalTeamAndReadsItBack() {
        Response created = as(Roles.COORDINATOR).body(team("098", List.of(member("Pia Lääkäri", "PHYSICIAN"),
                        member("Terhi Terveydenhoitaja", "PUBLIC_HEALTH_NURSE"),
                        Map.of("name", "Olli Toimintaterapeutti", "profession", "OCCUPATIONAL_THERAPIST",
                                "organisation", "Kela", "active", false))))
                .post("/api/v1/teams");
        created.then().statusCode(201).header("ETag", "\"0\"")
                .body("members", hasSize(3)).body("members[0].active", equalTo(true))
                .body("members[2].active", equalTo(false)).body("members[2].organisation", equalTo("Kela"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/teams/" + id);

        as(Roles.TEAM_MEMBER).get("/api/v1/teams/" + id).then().statusCode(200)
                .body("municipalityCode", equalTo("098")).body("members.profession",
                        hasItems("PHYSICIAN", "PUBLIC_HEALTH_NURSE", "OCCUPATIONAL_THERAPIST"));
        as(Roles.INTAKE_WORKER).queryParam("municipalityCode", "098").queryParam("limit", 200).get("/api/v1/teams")
                .then().statusCode(200).body("items.id", hasItems(id));
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndKeepsTheIdsOfMembersSentBack() {
        String id = as(Roles.COORDINATOR).body(team("165", List.of(member("Sari Sosiaalityöntekijä", "SOCIAL_WORKER"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
        String memberId = as(Roles.COORDINATOR).get("/api/v1/teams/" + id).path("members[0].id");
        Map<String, Object> kept = Map.of("id", memberId, "name", "Sari Sosiaalityöntekijä", "profession",
                "SOCIAL_WORKER", "organisation", "Hollola", "active", false);
        Map<String, Object> update = team("165", List.of(kept, member("Paavo Psykologi", "PSYCHOLOGIST")));

        as(Roles.COORDINATOR).body(update).put("/api/v1/teams/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        as(Roles.COORDINATOR).header("If-Match", "\"7\"").body(update).put("/api/v1/teams/" + id).then()
                .statusCode(412);
        as(Roles.COORDINATOR).header("If-Match", "\"0\"").body(update).put("/api/v1/teams/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("members", hasSize(2))
                .body("members[0].id", equalTo(memberId)).body("members[0].active", equalTo(false))
                .body("members[1].profession", equalTo("PSYCHOLOGIST"));
        as(Roles.COORDINATOR).header("If-Match", "\"0\"").body(update).put("/api/v1/teams/" + id).then()
                .statusCode(412);
    }

    @Test
    void badInputIsRejectedNamingTheFieldsAndOnlyCoordinatorsManageTeams() {
        as(Roles.COORDINATOR).body(Map.of("name", "", "municipalityCode", "98", "members",
                        List.of(Map.of("name", "X", "profession", "ASTROLOGER", "organisation", "Y"))))
                .post("/api/v1/teams").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("members[0].profession"));
        as(Roles.COORDINATOR).body(Map.of("name", "", "municipalityCode", "98", "members",
                        List.of(Map.of("name", "", "profession", "PHYSICIAN", "organisation", "Y"))))
                .post("/api/v1/teams").then().statusCode(400)
                .body("violations.field", hasItems("name", "municipalityCode", "members[0].name"));
        as(Roles.TEAM_MEMBER).body(team("091", List.of())).post("/api/v1/teams").then().statusCode(403)
                .contentType("application/problem+json");
        String id = as(Roles.COORDINATOR).body(team("092", List.of())).post("/api/v1/teams").then().statusCode(201)
                .extract().path("id");
        as(Roles.COORDINATOR).header("If-Match", "\"0\"").body(team("092", List.of(Map.of("id",
                        java.util.UUID.randomUUID(), "name", "Outsider", "profession", "JOB_COACH", "organisation",
                        "X")))).put("/api/v1/teams/" + id).then().statusCode(400)
                .body("violations[0].field", equalTo("members[0].id"));
        as(Roles.COORDINATOR).get("/api/v1/teams/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
