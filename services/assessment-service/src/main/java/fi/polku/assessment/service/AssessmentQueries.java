package fi.polku.assessment.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.rest.AssessmentView;
import fi.polku.assessment.rest.ConsultationView;
import fi.polku.assessment.rest.EvaluationView;
import fi.polku.assessment.rest.InstrumentResponseView;
import fi.polku.assessment.rest.InvestigationView;

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

    public AssessmentView view(UUID id) {
        Assessment assessment = assessments.get(id);
        return view(assessment);
    }

    /** The full view of an assessment already loaded (and access-logged) in this transaction. */
    public AssessmentView view(Assessment assessment) {
        return AssessmentView.of(assessment,
                findings.evaluationsOf(assessment.id).stream().map(EvaluationView::of).toList(),
                findings.consultationsOf(assessment.id).stream().map(ConsultationView::of).toList(),
                instruments.responsesOf(assessment.id).stream().map(InstrumentResponseView::of).toList(),
                investigations.ofClient(assessment.clientId).stream().map(InvestigationView::of).toList());
    }
}
