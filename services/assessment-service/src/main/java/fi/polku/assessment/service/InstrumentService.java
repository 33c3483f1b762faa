package fi.polku.assessment.service;

import java.math.BigDecimal;
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
import fi.polku.assessment.domain.instrument.Trends;
import fi.polku.assessment.domain.instrument.Trends.TimePointScores;
import fi.polku.assessment.messaging.AssessmentEvents;
import fi.polku.assessment.repository.InstrumentResponseRepository;
import fi.polku.assessment.rest.InstrumentResponseRequest;
import fi.polku.assessment.rest.InstrumentTrendsView;
import fi.polku.platform.access.ClientAccess;
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

    public InstrumentResponse record(UUID assessmentId, InstrumentResponseRequest request) {
        InstrumentDefinition definition = catalogue.get(request.instrument(), request.instrumentVersion());
        Assessment assessment = assessments.authorised(assessmentId, "record " + definition.id() + " answers");
        assessment.requireHeldOrUnderWay();
        Map<String, BigDecimal> scores = definition.score(request.answers());
        if (responses.exists(assessment.clientId, definition.id(), request.timePoint())) {
            throw ProblemException.conflict("The client already has " + definition.id() + " answers for "
                    + request.timePoint() + "; each time point is recorded once", Map.of("timePoint",
                            request.timePoint().toString()));
        }
        InstrumentResponse response = new InstrumentResponse();
        response.id = UUID.randomUUID();
        response.assessmentId = assessmentId;
        response.clientId = assessment.clientId;
        response.instrument = definition.id();
        response.instrumentVersion = definition.version();
        response.timePoint = request.timePoint();
        response.answers = new TreeMap<>(request.answers());
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
    public InstrumentTrendsView trends(UUID clientId) {
        knownClients.requireInPath(clientId);
        access.require(clientId, "read instrument trends");
        Map<String, List<InstrumentResponse>> byInstrument = new LinkedHashMap<>();
        for (InstrumentResponse response : responses.listForClient(clientId)) {
            byInstrument.computeIfAbsent(response.instrument, i -> new ArrayList<>()).add(response);
        }
        List<InstrumentTrendsView.InstrumentTrend> trends = new ArrayList<>();
        byInstrument.forEach((instrument, answered) -> {
            InstrumentResponse latest = answered.get(answered.size() - 1);
            InstrumentDefinition definition = catalogue.find(instrument, latest.instrumentVersion)
                    .orElseThrow(() -> new IllegalStateException("Instrument " + instrument + " v"
                            + latest.instrumentVersion + " was answered but is no longer defined"));
            trends.add(new InstrumentTrendsView.InstrumentTrend(instrument, definition.name(),
                    answered.stream().map(r -> r.timePoint).toList(),
                    Trends.of(answered.stream().map(r -> new TimePointScores(r.timePoint, r.scaleScores)).toList(),
                            definition)));
        });
        return new InstrumentTrendsView(clientId, trends);
    }
}
