package fi.polku.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

import fi.polku.client.assessment.model.InstrumentDefinition;
import fi.polku.client.assessment.model.InstrumentItem;
import fi.polku.client.assessment.model.InstrumentKind;
import fi.polku.client.assessment.model.InstrumentResponseView;
import fi.polku.client.assessment.model.InstrumentScale;
import fi.polku.testkit.fhir.FhirValidation;

/** Kykyviisari-shaped definitions and responses as Questionnaire, QuestionnaireResponse and Observation. */
class InstrumentMappersTest {

    private final QuestionnaireMapper questionnaires = new QuestionnaireMapper();
    private final InstrumentResponseMapper responses = new InstrumentResponseMapper();
    private final UUID client = UUID.randomUUID();
    private final UUID assessment = UUID.randomUUID();
    private final UUID responseId = UUID.randomUUID();

    @Test
    void anInstrumentDefinitionIsAQuestionnaireWithAGroupPerScaleAndTheAnswerRanges() {
        Questionnaire questionnaire = questionnaires.toQuestionnaire(kykyviisari());

        assertThat(FhirValidation.errors(questionnaire)).isEmpty();
        assertThat(questionnaire.getIdElement().getIdPart()).isEqualTo("kykyviisari-v2");
        assertThat(questionnaire.getUrl()).isEqualTo("https://polku.example.fi/fhir/Questionnaire/kykyviisari");
        assertThat(questionnaire.getVersion()).isEqualTo("2");
        assertThat(questionnaire.getItem()).extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
                .containsExactly("scale/work", "scale/health");
        Questionnaire.QuestionnaireItemComponent question = questionnaire.getItemFirstRep().getItemFirstRep();
        assertThat(question.getLinkId()).isEqualTo("work-ability-now");
        assertThat(question.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.INTEGER);
        assertThat(((IntegerType) question.getExtensionByUrl(FhirSystems.MAX_VALUE).getValue()).getValue())
                .isEqualTo(10);
        assertThat(InstrumentIds.definition("kykyviisari-v2")).contains(new InstrumentIds.DefinitionKey("kykyviisari", 2));
    }

    @Test
    void aResponseIsAQuestionnaireResponseGroupedAsItsQuestionnaireAndItsScoresAnObservation() {
        InstrumentResponseView response = response();
        QuestionnaireResponse answered = responses.toQuestionnaireResponse(response, client, kykyviisari());
        Observation scores = responses.toScores(response, client, kykyviisari());

        assertThat(FhirValidation.errors(answered)).isEmpty();
        assertThat(FhirValidation.errors(scores)).isEmpty();
        String id = answered.getIdElement().getIdPart();
        assertThat(id).hasSize(64);
        assertThat(UuidPair.parse(id)).contains(new UuidPair(assessment, responseId));
        assertThat(answered.getQuestionnaire()).isEqualTo("https://polku.example.fi/fhir/Questionnaire/kykyviisari|2");
        assertThat(answered.getSubject().getReference()).isEqualTo("Patient/" + client);
        assertThat(answered.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
                .as("the health scale has no answer: no group").containsExactly("scale/work");
        assertThat(answered.getItemFirstRep().getItemFirstRep().getAnswerFirstRep().getValueIntegerType().getValue())
                .isEqualTo(7);

        assertThat(scores.getIdElement().getIdPart()).isEqualTo(id);
        assertThat(scores.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/" + id);
        assertThat(scores.getCode().getCodingFirstRep().getCode()).isEqualTo("kykyviisari");
        assertThat(scores.getComponent()).hasSize(1);
        assertThat(scores.getComponentFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("work");
        assertThat(scores.getComponentFirstRep().getValueQuantity().getValue()).isEqualByComparingTo("7.5");
    }

    private InstrumentResponseView response() {
        return new InstrumentResponseView().id(responseId).assessmentId(assessment).instrument("kykyviisari")
                .instrumentVersion(2).timePoint(LocalDate.of(2026, 3, 2))
                .answers(Map.of("work-ability-now", new BigDecimal("7"), "work-ability-future", new BigDecimal("8")))
                .scaleScores(Map.of("work", new BigDecimal("7.5")))
                .recordedAt(OffsetDateTime.parse("2026-03-02T10:00:00Z"));
    }

    private static InstrumentDefinition kykyviisari() {
        return new InstrumentDefinition().id("kykyviisari").version(2).name("Kykyviisari")
                .kind(InstrumentKind.SELF_ASSESSMENT).description("Self-assessment of functioning").source("THL")
                .scales(List.of(
                        new InstrumentScale().id("work").label("Työkyky").higherIsBetter(true).items(List.of(
                                item("work-ability-now", "Työkyky nyt"), item("work-ability-future", "Työkyky 2 v"))),
                        new InstrumentScale().id("health").label("Terveys").higherIsBetter(true)
                                .items(List.of(item("health-now", null)))));
    }

    private static InstrumentItem item(String id, String label) {
        return new InstrumentItem().id(id).label(label).min(BigDecimal.ZERO).max(BigDecimal.TEN).decimals(0)
                .required(false);
    }
}
