package fi.polku.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Roles;
import fi.polku.reporting.domain.StakeholderFeedbackReport;
import fi.polku.reporting.service.StakeholderFeedbackService;
import fi.polku.reporting.service.StakeholderQuestionnaires;

/** The stakeholder feedback report (its own root path: ReportResource's would take the request otherwise). */
@Path("/api/v1/reports/stakeholder-feedback")
@Tag(name = "Reports")
public class StakeholderFeedbackReportResource {

    private final StakeholderQuestionnaires questionnaires;
    private final StakeholderFeedbackService feedback;

    public StakeholderFeedbackReportResource(StakeholderQuestionnaires questionnaires,
            StakeholderFeedbackService feedback) {
        this.questionnaires = questionnaires;
        this.feedback = feedback;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvReportWriter.TEXT_CSV})
    @RolesAllowed(Roles.ANALYST)
    @Transactional
    @Operation(operationId = "getStakeholderFeedbackReport",
            summary = "Stakeholder feedback: yes and no per question and per stakeholder group",
            description = "The yes/no answers to the questionnaire's current version, as LIITE 4 summarises them: "
                    + "yes, no and the share of yes among those who answered, overall and per group. Answers are "
                    + "anonymous: below five participants in all every count is null (withheld), and a group's "
                    + "counts below five participants of that group. Open answers are not reported. As JSON or "
                    + "(Accept: text/csv) CSV. One questionnaire's fixed questions, so not paged.")
    @APIResponse(responseCode = "200", description = "The report, as JSON or (Accept: text/csv) as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StakeholderFeedbackReport.class)),
                @Content(mediaType = CsvReportWriter.TEXT_CSV,
                        schema = @Schema(type = SchemaType.STRING, description = ReportResource.CSV))})
    public StakeholderFeedbackReport report(
            @QueryParam("questionnaire") @Parameter(description = "The questionnaire's id; "
                    + "stakeholder-feedback when left out") String questionnaireId,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "Only responses held in this year")
            Integer year) {
        String id = questionnaireId == null ? StakeholderQuestionnaires.DEFAULT : questionnaireId;
        return feedback.report(questionnaires.find(id).orElseThrow(() -> ProblemException.invalidField("questionnaire",
                "no questionnaire has this id")), year);
    }
}
