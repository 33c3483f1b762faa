package fi.polku.fhir.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.Type;

import fi.polku.client.assessment.model.InstrumentDefinition;
import fi.polku.client.assessment.model.InstrumentItem;
import fi.polku.client.assessment.model.InstrumentScale;

/**
 * An instrument definition of assessment (e.g. Kykyviisari) as a Questionnaire: one group per scale, one question
 * per item with its answer range ({@code minValue}, {@code maxValue}); whole-number items are integers, the others
 * decimals. The canonical URL names the instrument, {@code version} its definition version.
 */
@ApplicationScoped
public class QuestionnaireMapper {

    public Questionnaire toQuestionnaire(InstrumentDefinition definition) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(InstrumentIds.definition(definition.getId(), definition.getVersion()));
        questionnaire.setUrl(url(definition.getId()));
        questionnaire.setVersion(String.valueOf(definition.getVersion()));
        questionnaire.setTitle(definition.getName());
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        questionnaire.setDescription(definition.getDescription());
        questionnaire.setCopyright(definition.getSource());
        questionnaire.addCode(new Coding(FhirSystems.INSTRUMENT, definition.getId(), definition.getName()));
        for (InstrumentScale scale : definition.getScales()) {
            QuestionnaireItemComponent group = questionnaire.addItem().setLinkId(groupLinkId(scale.getId()))
                    .setType(QuestionnaireItemType.GROUP).setText(scale.getLabel());
            group.addCode(new Coding(FhirSystems.INSTRUMENT_SCALE, scale.getId(), scale.getLabel()));
            scale.getItems().forEach(item -> question(group.addItem(), item));
        }
        return questionnaire;
    }

    /** The canonical URL of an instrument's Questionnaire, without its version. */
    public static String url(String instrument) {
        return FhirSystems.QUESTIONNAIRE + instrument;
    }

    /** A scale's group: a prefix keeps it apart from the items' link ids. */
    static String groupLinkId(String scale) {
        return "scale/" + scale;
    }

    static boolean wholeNumbers(InstrumentItem item) {
        return item.getDecimals() == null || item.getDecimals() == 0;
    }

    private static void question(QuestionnaireItemComponent question, InstrumentItem item) {
        boolean whole = wholeNumbers(item);
        question.setLinkId(item.getId()).setText(item.getLabel() == null ? item.getId() : item.getLabel())
                .setType(whole ? QuestionnaireItemType.INTEGER : QuestionnaireItemType.DECIMAL)
                .setRequired(Boolean.TRUE.equals(item.getRequired()));
        question.addExtension(FhirSystems.MIN_VALUE, bound(item.getMin(), whole));
        question.addExtension(FhirSystems.MAX_VALUE, bound(item.getMax(), whole));
    }

    private static Type bound(java.math.BigDecimal value, boolean whole) {
        return whole ? new IntegerType(value.intValue()) : new DecimalType(value);
    }
}
