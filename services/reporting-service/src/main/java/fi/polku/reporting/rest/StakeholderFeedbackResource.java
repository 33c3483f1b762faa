package fi.polku.reporting.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;
import fi.polku.reporting.domain.StakeholderQuestionnaire;
import fi.polku.reporting.domain.StakeholderResponse;
import fi.polku.reporting.service.StakeholderFeedbackService;
import fi.polku.reporting.service.StakeholderQuestionnaires;

/**
 * Stakeholder feedback (LIITE 3/4): the questionnaires as data and the professionals' and partners' anonymous
 * answers; the counts are {@link StakeholderFeedbackReportResource}.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholder feedback", description = "Questionnaires for the service package's stakeholders, their "
        + "anonymous answers and the counts per question")
public class StakeholderFeedbackResource {

    private static final String QUESTIONNAIRE_ID = "The questionnaire's id";

    private static final String ANSWERING = "The county's professionals answer (or a coordinator records a group "
            + "interview's answers): intake workers, case owners, team members, job coaches, coordinators.";

    private final StakeholderQuestionnaires questionnaires;
    private final StakeholderFeedbackService feedback;
    private final IdempotentCreate idempotentCreate;

    public StakeholderFeedbackResource(StakeholderQuestionnaires questionnaires, StakeholderFeedbackService feedback,
            IdempotentCreate idempotentCreate) {
        this.questionnaires = questionnaires;
        this.feedback = feedback;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @Path("/stakeholder-questionnaires")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR,
        Roles.ANALYST})
    @Operation(operationId = "listStakeholderQuestionnaires", summary = "The stakeholder questionnaires",
            description = "By id; paged.")
    @APIResponse(responseCode = "200", description = "A page of questionnaires")
    public Page<StakeholderQuestionnaire> list(@Valid @BeanParam PageParameters page) {
        return Page.slice(questionnaires.all(), page.request(), StakeholderQuestionnaire::id);
    }

    @GET
    @Path("/stakeholder-questionnaires/{questionnaireId}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR,
        Roles.ANALYST})
    @Operation(operationId = "getStakeholderQuestionnaire", summary = "A questionnaire: its groups and questions")
    @APIResponse(responseCode = "200", description = "The questionnaire",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StakeholderQuestionnaire.class)))
    public StakeholderQuestionnaire get(@PathParam("questionnaireId") @Parameter(description = QUESTIONNAIRE_ID,
                    schema = @Schema(enumeration = StakeholderQuestionnaires.DEFAULT)) String questionnaireId) {
        return feedback.questionnaire(questionnaireId);
    }

    @POST
    @Path("/stakeholder-questionnaires/{questionnaireId}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "answerStakeholderQuestionnaire", summary = "Record a stakeholder group's answers",
            description = ANSWERING + " Anonymous: who sent it is not kept with the answers. A question asked only "
                    + "after another's answer (askedWhen) is refused without that answer; every misfit is named.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "Where an analyst reads the response",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StakeholderResponseView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response answer(@PathParam("questionnaireId") @Parameter(description = QUESTIONNAIRE_ID,
                    schema = @Schema(enumeration = StakeholderQuestionnaires.DEFAULT)) String questionnaireId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull StakeholderResponseRequest request) {
        StakeholderQuestionnaire questionnaire = feedback.questionnaire(questionnaireId);
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            StakeholderResponse response = request.toResponse();
            UUID id = feedback.answer(questionnaire, response);
            return Response.created(URI.create("/api/v1/stakeholder-questionnaires/" + questionnaireId
                    + "/responses/" + id)).entity(StakeholderResponseView.of(id, questionnaire, response)).build();
        });
    }

    @GET
    @Path("/stakeholder-questionnaires/{questionnaireId}/responses/{responseId}")
    @RolesAllowed(Roles.ANALYST)
    @Transactional
    @Operation(operationId = "getStakeholderResponse", summary = "Read a recorded response, its open answers too")
    @APIResponse(responseCode = "200", description = "The response",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StakeholderResponseView.class)))
    public StakeholderResponseView response(@PathParam("questionnaireId") @Parameter(description = QUESTIONNAIRE_ID,
                    schema = @Schema(enumeration = StakeholderQuestionnaires.DEFAULT)) String questionnaireId,
            @PathParam("responseId") UUID responseId) {
        StakeholderQuestionnaire questionnaire = feedback.questionnaire(questionnaireId);
        return StakeholderResponseView.of(responseId, questionnaire, feedback.response(questionnaire, responseId));
    }
}
