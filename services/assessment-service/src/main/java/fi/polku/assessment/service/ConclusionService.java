package fi.polku.assessment.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.AgreedCaseOwner;
import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.ConclusionRules;
import fi.polku.assessment.domain.Profession;
import fi.polku.assessment.domain.ProfessionalEvaluation;
import fi.polku.assessment.domain.ServiceRecommendation;
import fi.polku.assessment.domain.ServiceType;
import fi.polku.assessment.domain.SupportPlan;
import fi.polku.assessment.domain.WorkAbilityEstimate;
import fi.polku.assessment.messaging.AssessmentEvents;
import fi.polku.assessment.repository.AssessmentRepository;
import fi.polku.assessment.repository.ProfessionalEvaluationRepository;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/** Concludes an assessment with a multi-professional estimate and the work-ability support plan. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConclusionService {

    private final AssessmentService assessmentService;
    private final AssessmentRepository assessments;
    private final ProfessionalEvaluationRepository evaluations;
    private final AssessmentEvents events;
    private final AssessmentReferralLog referrals;
    private final ServiceTime time;

    public ConclusionService(AssessmentService assessmentService, AssessmentRepository assessments,
            ProfessionalEvaluationRepository evaluations, AssessmentEvents events, AssessmentReferralLog referrals,
            ServiceTime time) {
        this.referrals = referrals;
        this.assessmentService = assessmentService;
        this.assessments = assessments;
        this.evaluations = evaluations;
        this.events = events;
        this.time = time;
    }

    /** The team's estimate, the professions that agree on it, and the support plan drawn up with the client. */
    public record Conclusion(WorkAbilityEstimate workAbilityEstimate, List<Profession> agreedProfessions,
            List<String> goals, List<Recommendation> recommendations, LocalDate followUpDate,
            AgreedCaseOwner caseOwner) {
    }

    /** An onward service for the support plan; justification and provider are optional. */
    public record Recommendation(ServiceType service, String responsibleOrganisation, LocalDate targetDate,
            String justification, String providerOrganisation) {
    }

    public Assessment conclude(UUID id, Conclusion request, String ifMatch) {
        Assessment assessment = assessmentService.forChange(id, ifMatch, "conclude work-ability assessment");
        assessment.requireInProgress();
        List<ProfessionalEvaluation> recorded = evaluations.listForAssessment(id);
        ConclusionRules.requireMultiProfessional(request.agreedProfessions(),
                recorded.stream().map(e -> e.profession).toList());
        if (request.followUpDate().isBefore(time.today())) {
            throw ProblemException.invalidField("supportPlan.followUpDate", "must not be in the past");
        }
        List<ServiceRecommendation> recommendations = request.recommendations().stream()
                .map(r -> new ServiceRecommendation(UUID.randomUUID(), r.service(), r.responsibleOrganisation().strip(),
                        r.targetDate(), blankToNull(r.justification()), blankToNull(r.providerOrganisation())))
                .toList();
        AgreedCaseOwner caseOwner = request.caseOwner();
        SupportPlan supportPlan = new SupportPlan(request.goals().stream().map(String::strip).toList(),
                recommendations, request.followUpDate(), new AgreedCaseOwner(caseOwner.name().strip(),
                        caseOwner.organisation().strip(), caseOwner.role().strip(), caseOwner.professionalId()));
        assessment.conclude(request.workAbilityEstimate(),
                request.agreedProfessions().stream().distinct().sorted().toList(), supportPlan, time.timestamp());
        assessments.flush();
        events.concluded(assessment);
        referrals.assessmentConcluded(assessment);
        return assessment;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
