package fi.polku.fhir.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.client.assessment.model.AssessmentView;
import fi.polku.client.assessment.model.InstrumentDefinition;
import fi.polku.client.assessment.model.InstrumentResponseView;
import fi.polku.fhir.mapping.InstrumentIds;
import fi.polku.fhir.mapping.UuidPair;
import fi.polku.fhir.upstream.AssessmentApi;

/**
 * A client's instrument responses from assessment, each with its client and the definition version it answers:
 * assessment keeps them under the team assessments, so the client's assessments are listed and each is read (with
 * the caller's token, so assessment decides and logs every read).
 */
@ApplicationScoped
public class InstrumentResponses {

    /** A response with what its FHIR resources need besides it. */
    public record Answered(InstrumentResponseView response, UUID clientId, InstrumentDefinition definition) {
    }

    private final AssessmentApi assessment;

    public InstrumentResponses(AssessmentApi assessment) {
        this.assessment = assessment;
    }

    public List<Answered> ofClient(UUID clientId, Map<String, String> caller) {
        Map<String, InstrumentDefinition> definitions = new HashMap<>();
        List<Answered> all = new ArrayList<>();
        for (AssessmentView listed : assessment.assessments(clientId, caller)) {
            AssessmentView read = assessment.assessment(listed.getId(), caller);
            for (InstrumentResponseView response : responses(read)) {
                all.add(new Answered(response, read.getClientId(), definition(response, definitions, caller)));
            }
        }
        return all;
    }

    /** One response by its assessment (first) and its own id (second); an unknown one is a 404. */
    public Answered one(UuidPair key, Map<String, String> caller) {
        AssessmentView read = assessment.assessment(key.first(), caller);
        InstrumentResponseView response = responses(read).stream()
                .filter(r -> r.getId().equals(key.second())).findFirst()
                .orElseThrow(() -> new UnknownResource("instrument response", "assessment"));
        return new Answered(response, read.getClientId(), definition(response, new HashMap<>(), caller));
    }

    private static List<InstrumentResponseView> responses(AssessmentView assessment) {
        return assessment.getInstrumentResponses() == null ? List.of() : assessment.getInstrumentResponses();
    }

    private InstrumentDefinition definition(InstrumentResponseView response, Map<String, InstrumentDefinition> known,
            Map<String, String> caller) {
        return known.computeIfAbsent(InstrumentIds.definition(response.getInstrument(), response.getInstrumentVersion()),
                key -> assessment.instrument(response.getInstrument(), response.getInstrumentVersion(), caller));
    }
}
