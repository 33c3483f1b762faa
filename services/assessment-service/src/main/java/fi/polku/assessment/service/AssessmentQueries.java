package fi.polku.assessment.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.Consultation;
import fi.polku.assessment.domain.InstrumentResponse;
import fi.polku.assessment.domain.Investigation;
import fi.polku.assessment.domain.ProfessionalEvaluation;

/** An assessment with everything recorded in it, read as one access. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssessmentQueries {

    private final AssessmentService assessments;
    private final FindingsService findings;
    private final InstrumentService instruments;
    private final InvestigationService investigations;

    public AssessmentQueries(AssessmentService assessments, FindingsService findings, InstrumentService instruments,
            InvestigationService investigations) {
        this.assessments = assessments;
        this.findings = findings;
        this.instruments = instruments;
        this.investigations = investigations;
    }

    /** An assessment, its findings and instrument answers, and its client's further investigations. */
    public record Recorded(Assessment assessment, List<ProfessionalEvaluation> evaluations,
            List<Consultation> consultations, List<InstrumentResponse> instrumentResponses,
            List<Investigation> investigations) {
    }

    public Recorded read(UUID id) {
        return withFindings(assessments.get(id));
    }

    /** Everything recorded in an assessment already loaded (and access-logged) in this transaction. */
    public Recorded withFindings(Assessment assessment) {
        return new Recorded(assessment, findings.evaluationsOf(assessment.id),
                findings.consultationsOf(assessment.id), instruments.responsesOf(assessment.id),
                investigations.ofClient(assessment.clientId));
    }
}
