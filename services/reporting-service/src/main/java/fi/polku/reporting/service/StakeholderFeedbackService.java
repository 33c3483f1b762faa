package fi.polku.reporting.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.time.ServiceTime;
import fi.polku.reporting.domain.StakeholderFeedbackReport;
import fi.polku.reporting.domain.StakeholderQuestionnaire;
import fi.polku.reporting.domain.StakeholderResponse;
import fi.polku.reporting.repository.StakeholderResponseRepository;

/** Takes the stakeholders' anonymous answers to a questionnaire and reports them. */
@ApplicationScoped
public class StakeholderFeedbackService {

    private final StakeholderQuestionnaires questionnaires;
    private final StakeholderResponseRepository responses;
    private final ServiceTime time;

    public StakeholderFeedbackService(StakeholderQuestionnaires questionnaires,
            StakeholderResponseRepository responses, ServiceTime time) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.time = time;
    }

    public StakeholderQuestionnaire questionnaire(String id) {
        return questionnaires.find(id).orElseThrow(() -> ProblemException.invalidField("questionnaireId",
                "no questionnaire has this id"));
    }

    /** Records a response after checking it against the questionnaire; every misfit is named at once. */
    public UUID answer(StakeholderQuestionnaire questionnaire, StakeholderResponse response) {
        List<Violation> violations = questionnaire.violations(response.group(), response.answers(),
                response.openFeedback());
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        UUID id = UUID.randomUUID();
        responses.insert(id, questionnaire.id(), questionnaire.version(), response);
        return id;
    }

    public StakeholderResponse response(StakeholderQuestionnaire questionnaire, UUID id) {
        return responses.find(questionnaire.id(), id)
                .orElseThrow(() -> ProblemException.notFound("Stakeholder response", id));
    }

    public StakeholderFeedbackReport report(StakeholderQuestionnaire questionnaire, Integer year) {
        return StakeholderFeedbackReport.of(questionnaire,
                responses.responses(questionnaire.id(), questionnaire.version(), year),
                time.timestamp());
    }
}
