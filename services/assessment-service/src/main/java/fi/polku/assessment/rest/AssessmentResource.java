package fi.polku.assessment.rest;

import java.net.URI;
import java.time.LocalDate;
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
import jakarta.ws.rs.QueryParam;
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
import org.jboss.resteasy.reactive.RestResponse;

import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.AssessmentStatus;
import fi.polku.assessment.domain.Consultation;
import fi.polku.assessment.domain.InstrumentResponse;
import fi.polku.assessment.domain.ProfessionalEvaluation;
import fi.polku.assessment.service.AssessmentQueries;
import fi.polku.assessment.service.AssessmentService;
import fi.polku.assessment.service.ConclusionService;
import fi.polku.assessment.service.FindingsService;
import fi.polku.assessment.service.InstrumentService;
import fi.polku.assessment.service.TeamWorkList;
import fi.polku.assessment.service.WorkListFilter;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Multi-professional work-ability assessments: findings, conclusion and "
        + "the work-ability support plan")
public class AssessmentResource {

    private static final String IF_MATCH_OPTIONAL = "The assessment's ETag (from its last read or change). Checked "
            + "when sent: a stale ETag is 412. The service also accepts the change without it, for callers that do "
            + "not track versions; send it so that a concurrent change is not overwritten.";

    /** As {@code Versions} reads an ETag. */
    static final String ETAG_PATTERN = "^(W/)?\"[0-9]{1,18}\"$";
    /** As {@code IdempotentCreate} accepts a key: 1 to 200 visible ASCII characters. */
    static final String IDEMPOTENCY_KEY_PATTERN = "^[\\x21-\\x7E]{1,200}$";

    private final AssessmentService assessments;
    private final AssessmentQueries queries;
    private final FindingsService findings;
    private final InstrumentService instruments;
    private final ConclusionService conclusions;
    private final IdempotentCreate idempotentCreate;
    private final TeamWorkList workList;

    public AssessmentResource(AssessmentService assessments, AssessmentQueries queries, FindingsService findings,
            InstrumentService instruments, ConclusionService conclusions, IdempotentCreate idempotentCreate,
            TeamWorkList workList) {
        this.workList = workList;
        this.assessments = assessments;
        this.queries = queries;
        this.findings = findings;
        this.instruments = instruments;
        this.conclusions = conclusions;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "scheduleAssessment", summary = "Schedule an assessment", description = "For a client "
            + "registered in intake, with one of the service's teams. Assessments also start from intake's "
            + "WorkAbilityTeamBooked events. Emits AssessmentScheduled. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Scheduled (or the first response again, for a repeated "
            + "Idempotency-Key); the body is the assessment without findings",
            headers = {
                @Header(name = "ETag", description = "The assessment's version, for If-Match on its changes (not "
                        + "sent again on an idempotent replay)", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "422", description = "The client is not registered in intake, the team is not one of "
            + "this service's teams, or the Idempotency-Key was used for another request")
    public Response create(@Parameter(schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200,
                    pattern = IDEMPOTENCY_KEY_PATTERN)) @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull AssessmentRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Assessment assessment = assessments.create(request.clientId(), request.teamId(),
                    request.appointmentAt(), request.reason());
            return Response.created(URI.create("/api/v1/assessments/" + assessment.id))
                    .tag(Versions.etag(assessment.version)).entity(AssessmentView.summary(assessment)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "listAssessments",
            summary = "A client's assessments, or the team's work list, by appointment time",
            description = "With `clientId`: the client's assessments. Without it: the work list of a work-ability "
                    + "team member, the assessments of the teams the caller is an active member of (their `userId` "
                    + "is the caller's login), by default the upcoming and open ones; only clients the caller may "
                    + "see are listed, and a caller in no team gets 403. Filter by team, appointment days and "
                    + "status. Without findings (read one for those), the earliest appointment first (then by id), "
                    + "a page at a time (follow `next`).")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    public Page<AssessmentView> list(
            @Parameter(description = "The client whose assessments to list; leave out for the team's work list")
            @QueryParam("clientId") UUID clientId,
            @Parameter(description = "Only this team's assessments; for the work list it must be a team the caller is "
                    + "an active member of (403 otherwise). Leave out for all of the caller's teams")
            @QueryParam("teamId") UUID teamId,
            @Parameter(description = "Appointments on or after this day (Finnish time)")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Appointments on or before this day (Finnish time); not before `from`")
            @QueryParam("to") LocalDate to,
            @Parameter(description = "Only this status. Default: every status for a client's list; SCHEDULED, "
                    + "IN_PROGRESS and CLIENT_DID_NOT_ATTEND (upcoming and open) for the team's work list")
            @QueryParam("status") AssessmentStatus status,
            @Valid @BeanParam PageParameters page) {
        WorkListFilter filter = new WorkListFilter(teamId, from, to, status);
        Page<Assessment> found = clientId == null ? workList.assessments(filter, page.request())
                : assessments.listForClient(clientId, filter, page.request());
        return found.map(AssessmentView::summary);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "getAssessment", summary = "Read an assessment", description = "With its evaluations, "
            + "consultations, instrument answers, the client's further investigations and, once concluded, the "
            + "estimate and support plan.")
    @APIResponse(responseCode = "200", description = "The assessment with everything recorded in it",
            headers = @Header(name = "ETag", description = "The assessment's version, for If-Match on its changes",
                    schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AssessmentView> get(@PathParam("id") UUID id) {
        AssessmentView view = AssessmentView.of(queries.read(id));
        return RestResponse.ResponseBuilder.ok(view).tag(Versions.etag(view.version())).build();
    }

    @POST
    @Path("/{id}/status-changes")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "changeAssessmentStatus",
            summary = "Start, cancel, or record that the client did not attend", description = "SCHEDULED → "
                    + "IN_PROGRESS, CANCELLED or CLIENT_DID_NOT_ATTEND; IN_PROGRESS → CANCELLED. Cancelling and a "
                    + "missed appointment emit AssessmentCancelled; an impossible change is 422.")
    @APIResponse(responseCode = "200", description = "Changed; the body is the assessment without findings",
            headers = @Header(name = "ETag", description = "The assessment's new version",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "The assessment cannot move to that status from its current one")
    public RestResponse<AssessmentView> changeStatus(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_OPTIONAL, schema = @Schema(type = SchemaType.STRING,
                    pattern = ETAG_PATTERN)) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return summary(assessments.changeStatus(id, request.status(), request.reason(), ifMatch));
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "rescheduleAssessment",
            summary = "Give a scheduled or missed assessment a new appointment", description = "The assessment "
                    + "becomes SCHEDULED again and AssessmentScheduled is emitted with rescheduled=true; an "
                    + "assessment in progress, concluded or cancelled is 422.")
    @APIResponse(responseCode = "200", description = "Rescheduled; the body is the assessment without findings",
            headers = @Header(name = "ETag", description = "The assessment's new version",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "The assessment is neither scheduled nor missed")
    public RestResponse<AssessmentView> reschedule(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_OPTIONAL, schema = @Schema(type = SchemaType.STRING,
                    pattern = ETAG_PATTERN)) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull RescheduleRequest request) {
        return summary(assessments.reschedule(id, request.appointmentAt(), request.reason(), ifMatch));
    }

    @POST
    @Path("/{id}/professional-evaluations")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "recordProfessionalEvaluation", summary = "Record one profession's evaluation",
            description = "Physical, mental, cognitive and social functioning, factors that help and hinder, and "
                    + "work ability in the profession's view. The assessment must be IN_PROGRESS (422 otherwise).")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The assessment the evaluation belongs to (it is "
                    + "read with the assessment)", schema = @Schema(type = SchemaType.STRING,
                            format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "422", description = "The assessment is not IN_PROGRESS")
    public Response addEvaluation(@PathParam("id") UUID id, @Valid @NotNull EvaluationRequest request) {
        ProfessionalEvaluation evaluation = findings.addEvaluation(id, request.findings());
        return Response.created(URI.create("/api/v1/assessments/" + id)).entity(EvaluationView.of(evaluation))
                .build();
    }

    @POST
    @Path("/{id}/consultations")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "recordConsultation", summary = "Record a specialist consultation",
            description = "E.g. to specialised care's rehabilitation research unit: the question, the answer and "
                    + "their dates. The assessment must be IN_PROGRESS (422 otherwise).")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The assessment the consultation belongs to (it is "
                    + "read with the assessment)", schema = @Schema(type = SchemaType.STRING,
                            format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "422", description = "The assessment is not IN_PROGRESS")
    public Response addConsultation(@PathParam("id") UUID id, @Valid @NotNull ConsultationRequest request) {
        Consultation consultation = findings.addConsultation(id, request.consultation());
        return Response.created(URI.create("/api/v1/assessments/" + id)).entity(ConsultationView.of(consultation))
                .build();
    }

    @POST
    @Path("/{id}/instrument-responses")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "recordInstrumentResponses",
            summary = "Record a client's answers to an instrument at a time point", description = "Answers are "
                    + "validated against the instrument definition: a missing, unknown or out-of-range item is 400 "
                    + "naming answers.<item>. Also after the assessment is concluded (the after-services time point), "
                    + "but not for a cancelled or missed one (422). One response per client, instrument and day "
                    + "(409 for a second). Emits InstrumentResponsesRecorded with the scale scores.")
    @APIResponse(responseCode = "201", description = "Recorded, with the scale scores",
            headers = @Header(name = "Location", description = "The assessment the answers belong to (they are "
                    + "read with the assessment)", schema = @Schema(type = SchemaType.STRING,
                            format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InstrumentResponseView.class)))
    @APIResponse(responseCode = "409", description = "The client already has answers to this instrument for this "
            + "time point; the problem's `timePoint` names it")
    @APIResponse(responseCode = "422", description = "The assessment is cancelled or the client did not attend")
    public Response addInstrumentResponse(@PathParam("id") UUID id,
            @Valid @NotNull InstrumentResponseRequest request) {
        InstrumentResponse response = instruments.record(id, request.instrument(), request.instrumentVersion(),
                request.timePoint(), request.answers());
        return Response.created(URI.create("/api/v1/assessments/" + id))
                .entity(InstrumentResponseView.of(response)).build();
    }

    @POST
    @Path("/{id}/conclusion")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "concludeAssessment",
            summary = "Conclude with the work-ability estimate and the support plan", description = "The assessment "
                    + "must be IN_PROGRESS and the estimate agreed by at least two professions that have recorded "
                    + "evaluations (422 otherwise). Emits AssessmentConcluded, one ServiceRecommended per "
                    + "recommendation, and CoachingReferralIssued for supported-employment coaching.")
    @APIResponse(responseCode = "200", description = "Concluded; the body is the whole assessment",
            headers = @Header(name = "ETag", description = "The assessment's new version",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "The assessment is not IN_PROGRESS, or fewer than two "
            + "professions with recorded evaluations agree on the estimate; `violations` names the field")
    public RestResponse<AssessmentView> conclude(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_OPTIONAL, schema = @Schema(type = SchemaType.STRING,
                    pattern = ETAG_PATTERN)) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ConclusionRequest request) {
        Assessment assessment = conclusions.conclude(id, request.conclusion(), ifMatch);
        AssessmentView view = AssessmentView.of(queries.withFindings(assessment));
        return RestResponse.ResponseBuilder.ok(view).tag(Versions.etag(assessment.version)).build();
    }

    /** The assessment without findings, with its version for If-Match on the next change. */
    private static RestResponse<AssessmentView> summary(Assessment assessment) {
        return RestResponse.ResponseBuilder.ok(AssessmentView.summary(assessment))
                .tag(Versions.etag(assessment.version)).build();
    }
}
