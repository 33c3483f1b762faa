package fi.polku.assessment.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.Consultation;
import fi.polku.assessment.domain.Profession;
import fi.polku.assessment.domain.ProfessionalEvaluation;
import fi.polku.assessment.domain.WorkAbilityEstimate;
import fi.polku.assessment.repository.ConsultationRepository;
import fi.polku.assessment.repository.ProfessionalEvaluationRepository;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/** The professions' evaluations and the specialist consultations of an assessment. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FindingsService {

    private final AssessmentService assessments;
    private final ProfessionalEvaluationRepository evaluations;
    private final ConsultationRepository consultations;
    private final ServiceTime time;

    public FindingsService(AssessmentService assessments, ProfessionalEvaluationRepository evaluations,
            ConsultationRepository consultations, ServiceTime time) {
        this.assessments = assessments;
        this.evaluations = evaluations;
        this.consultations = consultations;
        this.time = time;
    }

    /** One profession's findings: functioning, what helps and hinders, and its view of work ability. */
    public record Findings(Profession profession, String evaluatorName, String physicalFunctioning,
            String mentalFunctioning, String cognitiveFunctioning, String socialFunctioning, String helpingFactors,
            String hinderingFactors, WorkAbilityEstimate workAbilityView, LocalDate evaluatedOn) {
    }

    /** A question to a specialist unit and, once in, its answer (null and null until then). */
    public record Question(String consultedUnit, String question, LocalDate askedOn, String answer,
            LocalDate answeredOn) {
    }

    public ProfessionalEvaluation addEvaluation(UUID assessmentId, Findings request) {
        Assessment assessment = assessments.authorised(assessmentId, "record " + request.profession() + " evaluation");
        assessment.requireInProgress();
        ProfessionalEvaluation evaluation = new ProfessionalEvaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.assessmentId = assessmentId;
        evaluation.profession = request.profession();
        evaluation.evaluatorName = request.evaluatorName().strip();
        evaluation.physicalFunctioning = request.physicalFunctioning().strip();
        evaluation.mentalFunctioning = request.mentalFunctioning().strip();
        evaluation.cognitiveFunctioning = request.cognitiveFunctioning().strip();
        evaluation.socialFunctioning = request.socialFunctioning().strip();
        evaluation.helpingFactors = request.helpingFactors().strip();
        evaluation.hinderingFactors = request.hinderingFactors().strip();
        evaluation.workAbilityView = request.workAbilityView();
        evaluation.evaluatedOn = request.evaluatedOn();
        evaluation.recordedAt = time.timestamp();
        evaluations.persist(evaluation);
        return evaluation;
    }

    public List<ProfessionalEvaluation> evaluationsOf(UUID assessmentId) {
        return evaluations.listForAssessment(assessmentId);
    }

    public Consultation addConsultation(UUID assessmentId, Question request) {
        Assessment assessment = assessments.authorised(assessmentId, "record specialist consultation");
        assessment.requireInProgress();
        if (request.answer() != null && !request.answer().isBlank() && request.answeredOn() == null) {
            throw ProblemException.invalidField("answeredOn", "is required with an answer");
        }
        if (request.answeredOn() != null && request.answeredOn().isBefore(request.askedOn())) {
            throw ProblemException.invalidField("answeredOn", "must not be before askedOn");
        }
        Consultation consultation = new Consultation();
        consultation.id = UUID.randomUUID();
        consultation.assessmentId = assessmentId;
        consultation.consultedUnit = request.consultedUnit().strip();
        consultation.question = request.question().strip();
        consultation.askedOn = request.askedOn();
        consultation.answer = request.answer() == null || request.answer().isBlank() ? null : request.answer().strip();
        consultation.answeredOn = request.answeredOn();
        consultation.recordedAt = time.timestamp();
        consultations.persist(consultation);
        return consultation;
    }

    public List<Consultation> consultationsOf(UUID assessmentId) {
        return consultations.listForAssessment(assessmentId);
    }
}
