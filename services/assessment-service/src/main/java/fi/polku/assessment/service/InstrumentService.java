package fi.polku.assessment.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.InstrumentResponse;
import fi.polku.assessment.domain.instrument.InstrumentDefinition;
import fi.polku.assessment.domain.instrument.InstrumentTrend;
import fi.polku.assessment.domain.instrument.Trends;
import fi.polku.assessment.domain.instrument.Trends.TimePointScores;
import fi.polku.assessment.messaging.AssessmentEvents;
import fi.polku.assessment.repository.InstrumentResponseRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/** Records instrument answers per time point and computes how the client's scale scores changed. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InstrumentService {

    private final AssessmentService assessments;
    private final InstrumentCatalogue catalogue;
    private final InstrumentResponseRepository responses;
    private final KnownClients knownClients;
    private final AssessmentEvents events;
    private final ClientAccess access;
    private final ServiceTime time;

    public InstrumentService(AssessmentService assessments, InstrumentCatalogue catalogue,
            InstrumentResponseRepository responses, KnownClients knownClients, AssessmentEvents events,
            ClientAccess access, ServiceTime time) {
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.responses = responses;
        this.knownClients = knownClients;
        this.events = events;
        this.access = access;
        this.time = time;
    }

    /** The client's answers to an instrument version (null: the newest) at a time point. */
    public InstrumentResponse record(UUID assessmentId, String instrument, Integer instrumentVersion,
            LocalDate timePoint, Map<String, BigDecimal> answers) {
        InstrumentDefinition definition = catalogue.get(instrument, instrumentVersion);
        Assessment assessment = assessments.authorised(assessmentId, "record " + definition.id() + " answers");
        assessment.requireHeldOrUnderWay();
        Map<String, BigDecimal> scores = definition.score(answers);
        if (responses.exists(assessment.clientId, definition.id(), timePoint)) {
            throw ProblemException.conflict("The client already has " + definition.id() + " answers for "
                    + timePoint + "; each time point is recorded once", Map.of("timePoint", timePoint.toString()));
        }
        InstrumentResponse response = new InstrumentResponse();
        response.id = UUID.randomUUID();
        response.assessmentId = assessmentId;
        response.clientId = assessment.clientId;
        response.instrument = definition.id();
        response.instrumentVersion = definition.version();
        response.timePoint = timePoint;
        response.answers = new TreeMap<>(answers);
        response.scaleScores = scores;
        response.recordedAt = time.timestamp();
        responses.persist(response);
        events.instrumentResponsesRecorded(response, definition);
        return response;
    }

    public List<InstrumentResponse> responsesOf(UUID assessmentId) {
        return responses.listForAssessment(assessmentId);
    }

    /** Per instrument, the change of each scale from the first time point to the latest. */
    public List<InstrumentTrend> trends(UUID clientId) {
        knownClients.requireInPath(clientId);
        access.require(clientId, "read instrument trends");
        Map<String, List<InstrumentResponse>> byInstrument = new LinkedHashMap<>();
        for (InstrumentResponse response : responses.listForClient(clientId)) {
            byInstrument.computeIfAbsent(response.instrument, i -> new ArrayList<>()).add(response);
        }
        List<InstrumentTrend> trends = new ArrayList<>();
        byInstrument.forEach((instrument, answered) -> {
            InstrumentResponse latest = answered.get(answered.size() - 1);
            InstrumentDefinition definition = catalogue.find(instrument, latest.instrumentVersion)
                    .orElseThrow(() -> new IllegalStateException("Instrument " + instrument + " v"
                            + latest.instrumentVersion + " was answered but is no longer defined"));
            trends.add(new InstrumentTrend(instrument, definition.name(),
                    answered.stream().map(r -> r.timePoint).toList(),
                    Trends.of(answered.stream().map(r -> new TimePointScores(r.timePoint, r.scaleScores)).toList(),
                            definition)));
        });
        return trends;
    }
}
