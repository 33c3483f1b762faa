package fi.polku.fhir.mapping;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;

import fi.polku.client.assessment.model.InstrumentDefinition;
import fi.polku.client.assessment.model.InstrumentItem;
import fi.polku.client.assessment.model.InstrumentResponseView;
import fi.polku.client.assessment.model.InstrumentScale;

/**
 * An instrument response of a team assessment as a QuestionnaireResponse (the answers, grouped as the
 * Questionnaire of its definition groups them) and its summary scores as an Observation (one component per scale:
 * the mean of its answered items, as assessment computes it), derived from the response. Both carry the same id.
 */
@ApplicationScoped
public class InstrumentResponseMapper {

    public QuestionnaireResponse toQuestionnaireResponse(InstrumentResponseView response, UUID clientId,
            InstrumentDefinition definition) {
        QuestionnaireResponse answered = new QuestionnaireResponse();
        answered.setId(InstrumentIds.response(response.getAssessmentId(), response.getId()));
        answered.setIdentifier(identifier(response.getId()));
        answered.setQuestionnaire(QuestionnaireMapper.url(response.getInstrument()) + "|"
                + response.getInstrumentVersion());
        answered.setStatus(QuestionnaireResponseStatus.COMPLETED);
        answered.setSubject(References.patient(clientId));
        answered.setAuthoredElement(Dates.dateTime(response.getTimePoint()));
        answered.getMeta().setLastUpdatedElement(Dates.instant(response.getRecordedAt()));
        Map<String, BigDecimal> answers = response.getAnswers();
        for (InstrumentScale scale : definition.getScales()) {
            QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent()
                    .setLinkId(QuestionnaireMapper.groupLinkId(scale.getId())).setText(scale.getLabel());
            for (InstrumentItem item : scale.getItems()) {
                BigDecimal answer = answers.get(item.getId());
                if (answer != null) {
                    group.addItem().setLinkId(item.getId()).addAnswer().setValue(
                            QuestionnaireMapper.wholeNumbers(item) ? new IntegerType(answer.intValue())
                                    : new DecimalType(answer));
                }
            }
            if (group.hasItem()) {
                answered.addItem(group);
            }
        }
        return answered;
    }

    public Observation toScores(InstrumentResponseView response, UUID clientId, InstrumentDefinition definition) {
        String id = InstrumentIds.response(response.getAssessmentId(), response.getId());
        Observation scores = new Observation();
        scores.setId(id);
        scores.addIdentifier(identifier(response.getId()));
        scores.setStatus(ObservationStatus.FINAL);
        scores.addCategory(new CodeableConcept(new Coding(FhirSystems.OBSERVATION_CATEGORY, "survey", "Survey")));
        scores.setCode(new CodeableConcept(new Coding(FhirSystems.INSTRUMENT, response.getInstrument(),
                definition.getName())).setText(definition.getName() + ": scale scores"));
        scores.setSubject(References.patient(clientId));
        scores.setEffective(Dates.dateTime(response.getTimePoint()));
        scores.setIssuedElement(Dates.instant(response.getRecordedAt()));
        scores.addDerivedFrom(new Reference("QuestionnaireResponse/" + id));
        for (InstrumentScale scale : definition.getScales()) {
            BigDecimal score = response.getScaleScores().get(scale.getId());
            if (score != null) {
                scores.addComponent()
                        .setCode(new CodeableConcept(new Coding(FhirSystems.INSTRUMENT_SCALE, scale.getId(),
                                scale.getLabel())))
                        .setValue(new Quantity().setValue(score));
            }
        }
        return scores;
    }

    private static Identifier identifier(UUID responseId) {
        return new Identifier().setSystem(FhirSystems.URI).setValue(FhirSystems.urn(responseId));
    }
}
