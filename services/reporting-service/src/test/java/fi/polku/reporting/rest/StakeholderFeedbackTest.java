package fi.polku.reporting.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Stakeholder feedback as the pilot collected and summarised it (../shared/seeds/003, LIITE 3 and LIITE 4): "kaikille
 * ryhmille esitettiin samat kysymykset (LIITE 3). Haastattelussa käytettiin kyllä/ei -kysymyksiä sekä avoimen
 * palautteen mahdollisuutta." Each test uses a year of its own, so their responses do not mix.
 */
@QuarkusTest
class StakeholderFeedbackTest {

    private static final String RESPONSES = "/api/v1/stakeholder-questionnaires/stakeholder-feedback/responses";

    @Test
    void theQuestionnaireIsTheFormsQuestionsAsData() {
        as(Roles.COORDINATOR).get("/api/v1/stakeholder-questionnaires").then().statusCode(200)
                .body("items.id", hasItem("stakeholder-feedback"));
        as(Roles.JOB_COACH).get("/api/v1/stakeholder-questionnaires/stakeholder-feedback").then().statusCode(200)
                .body("version", equalTo(1))
                .body("questions.find { it.id == 'benefitForClient' }.fi",
                        equalTo("Onko tämän tyyppisestä palvelukokonaisuudesta hyötyä asiakkaalle?"))
                .body("questions.find { it.id == 'extraWorkUnreasonable' }.askedWhen.question", equalTo("extraWork"))
                .body("groups.code", hasItem("REHABILITATIVE_WORK_ACTIVITY"));
    }

    /**
     * LIITE 4: "Palautekeskusteluihin osallistui yhteensä 9 henkilöä kaikista neljästä sidosryhmästä", and per
     * question the share of yes, e.g. "Aiheuttaako tämän tyyppinen toimintatapa lisätyötä? Kyllä 50 % Ei 50 %" and
     * "Onko johdon ja esimiesten sitoutuminen … riittävä? Kyllä 75 % Ei 25 %". Four group interviews with these answers
     * give the summary's figures back; each group had fewer than five people, so no group's own answers are shown.
     */
    @Test
    void fourGroupInterviewsGiveLiite4sSummary() {
        answer("COACHING_PROVIDER", 2, "2012-11-21", groupAnswers(true, true, true, true));
        answer("SOCIAL_WORKERS", 3, "2012-11-21", groupAnswers(true, true, false, true));
        answer("EMPLOYMENT_COACHES", 2, "2012-11-24", groupAnswers(false, false, true, false));
        answer("REHABILITATIVE_WORK_ACTIVITY", 2, "2012-11-24", groupAnswers(false, true, false, true));

        JsonPath report = as(Roles.ANALYST).get("/api/v1/reports/stakeholder-feedback?year=2012").then()
                .statusCode(200).extract().jsonPath();

        assertThat(report.getLong("participants")).isEqualTo(9);
        assertThat(report.getLong("responses")).isEqualTo(4);
        assertThat(report.getBoolean("withheld")).isFalse();
        Map<String, Double> expected = Map.of("benefitForClient", 100.0, "harmForClient", 0.0,
                "benefitForProfessional", 100.0, "harmForProfessional", 0.0, "extraWork", 50.0,
                "extraWorkUnreasonable", 0.0, "continuationRealistic", 100.0, "cooperationWorked", 75.0,
                "cooperationSufficient", 50.0, "managementCommitment", 75.0);
        expected.forEach((question, percent) -> assertThat(report.getDouble(
                "questions.find { it.questionId == '" + question + "' }.yesPercent")).as(question).isEqualTo(percent));
        assertThat(report.getLong("questions.find { it.questionId == 'extraWorkUnreasonable' }.no")).isEqualTo(2);
        List<Object> groupYes = report.getList("questions.find { it.questionId == 'extraWork' }.byGroup.yes");
        assertThat(groupYes).hasSize(4).containsOnlyNulls();

        String csv = as(Roles.ANALYST).accept("text/csv").get("/api/v1/reports/stakeholder-feedback?year=2012")
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("answers,managementCommitment,yesPercent,75.0", "participants,,,9");
    }

    @Test
    void fewerThanFiveParticipantsInAllWithholdEveryCount() {
        answer("OTHER", 3, "2011-05-02", Map.of("benefitForClient", true));

        JsonPath report = as(Roles.ANALYST).get("/api/v1/reports/stakeholder-feedback?year=2011").then()
                .statusCode(200).extract().jsonPath();

        assertThat(report.getBoolean("withheld")).isTrue();
        assertThat(report.getString("questions.find { it.questionId == 'benefitForClient' }.yes")).isNull();
        assertThat(report.getString("questions.find { it.questionId == 'benefitForClient' }.yesPercent")).isNull();
    }

    /** LIITE 3: "Jos lisätyötä aiheutuu, onko lisätyön määrä kohtuuton verraten hyötyyn?" follows a yes only. */
    @Test
    void answersThatDoNotFitTheFormAreRefusedAllNamedAndNothingIsKept() {
        Map<String, Object> body = body("NEIGHBOURS", 4, "2010-03-01",
                Map.of("extraWork", false, "extraWorkUnreasonable", true, "favouriteColour", true));
        body.put("openFeedback", Map.of("whyNotRealistic", "ei resursseja"));

        as(Roles.COORDINATOR).body(body).post(RESPONSES).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("stakeholderGroup", "answers.extraWorkUnreasonable",
                        "answers.favouriteColour", "openFeedback.whyNotRealistic"));

        as(Roles.ANALYST).get("/api/v1/reports/stakeholder-feedback?year=2010").then().statusCode(200)
                .body("responses", equalTo(0));
    }

    @Test
    void professionalsAnswerAndOnlyAnalystsReadTheAnswers() {
        String location = as(Roles.TEAM_MEMBER).body(body("OTHER", 1, "2009-01-15", Map.of("benefitForClient", true)))
                .header("Idempotency-Key", "stakeholder-2009").post(RESPONSES).then().statusCode(201)
                .extract().header("Location");
        as(Roles.TEAM_MEMBER).body(body("OTHER", 1, "2009-01-15", Map.of("benefitForClient", true)))
                .header("Idempotency-Key", "stakeholder-2009").post(RESPONSES).then().statusCode(201)
                .header("Location", equalTo(location));

        as(Roles.ANALYST).get(location).then().statusCode(200).body("answers.benefitForClient", equalTo(true))
                .body("participants", equalTo(1));
        as(Roles.ANALYST).get("/api/v1/reports/stakeholder-feedback?year=2009").then().body("responses", equalTo(1));
        as(Roles.TEAM_MEMBER).get(location).then().statusCode(403);
        as(Roles.JOB_COACH).get("/api/v1/reports/stakeholder-feedback").then().statusCode(403);
        as(Roles.ANALYST).body(body("OTHER", 1, "2009-01-15", Map.of())).post(RESPONSES).then().statusCode(403);
        as(Roles.ANALYST).get("/api/v1/reports/stakeholder-feedback?questionnaire=nope").then().statusCode(400)
                .body("violations.field", hasItem("questionnaire"));
    }

    /** What every group said of benefit, harm and continuing, with the answers that differed between them. */
    private static Map<String, Boolean> groupAnswers(boolean extraWork, boolean cooperationWorked,
            boolean cooperationSufficient, boolean managementCommitment) {
        Map<String, Boolean> answers = new HashMap<>(Map.of("benefitForClient", true, "harmForClient", false,
                "benefitForProfessional", true, "harmForProfessional", false, "continuationRealistic", true,
                "extraWork", extraWork, "cooperationWorked", cooperationWorked,
                "cooperationSufficient", cooperationSufficient, "managementCommitment", managementCommitment));
        if (extraWork) {
            answers.put("extraWorkUnreasonable", false);
        }
        return answers;
    }

    private static void answer(String group, int participants, String heldOn, Map<String, Boolean> answers) {
        as(Roles.COORDINATOR).body(body(group, participants, heldOn, answers)).post(RESPONSES).then().statusCode(201);
    }

    private static Map<String, Object> body(String group, int participants, String heldOn,
            Map<String, Boolean> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("stakeholderGroup", group);
        body.put("participants", participants);
        body.put("heldOn", heldOn);
        body.put("answers", answers);
        return body;
    }
}
