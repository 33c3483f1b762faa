package fi.polku.assessment.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.Consultation;
import fi.polku.assessment.domain.InstrumentResponse;
import fi.polku.assessment.domain.ProfessionalEvaluation;
import fi.polku.assessment.service.AssessmentQueries;
import fi.polku.assessment.service.AssessmentService;
import fi.polku.assessment.service.ConclusionService;
import fi.polku.assessment.service.FindingsService;
import fi.polku.assessment.service.InstrumentService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.security.Roles;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Multi-professional work-ability assessments: findings, conclusion and "
        + "the work-ability support plan")
public class AssessmentResource {

    private static final String IF_MATCH_OPTIONAL = " If-Match with the assessment's ETag is checked when sent "
            + "(412 when stale).";

    private final AssessmentService assessments;
    private final AssessmentQueries queries;
    private final FindingsService findings;
    private final InstrumentService instruments;
    private final ConclusionService conclusions;
    private final IdempotentCreate idempotentCreate;

    public AssessmentResource(AssessmentService assessments, AssessmentQueries queries, FindingsService findings,
            InstrumentService instruments, ConclusionService conclusions, IdempotentCreate idempotentCreate) {
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
    @Operation(summary = "Schedule an assessment", description = "For a client registered in intake, with one of "
            + "the service's teams. Assessments also start from intake's WorkAbilityTeamBooked events. Emits "
            + "AssessmentScheduled. Send an Idempotency-Key to retry safely.")
    public Response create(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull AssessmentRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Assessment assessment = assessments.create(request);
            return Response.created(URI.create("/api/v1/assessments/" + assessment.id))
                    .tag(Versions.etag(assessment.version)).entity(AssessmentView.summary(assessment)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "A client's assessments, by appointment time")
    public List<AssessmentView> list(@QueryParam("clientId") @NotNull UUID clientId) {
        return assessments.listForClient(clientId).stream().map(AssessmentView::summary).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "Read an assessment with its evaluations, consultations, instrument answers, the client's "
            + "further investigations and, once concluded, the estimate and support plan")
    public Response get(@PathParam("id") UUID id) {
        AssessmentView view = queries.view(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @POST
    @Path("/{id}/status-changes")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(summary = "Start, cancel, or record that the client did not attend", description = "SCHEDULED → "
            + "IN_PROGRESS, CANCELLED or CLIENT_DID_NOT_ATTEND; IN_PROGRESS → CANCELLED. Cancelling and a missed "
            + "appointment emit AssessmentCancelled; an impossible change is 422." + IF_MATCH_OPTIONAL)
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        Assessment assessment = assessments.changeStatus(id, request, ifMatch);
        return Response.ok(AssessmentView.summary(assessment)).tag(Versions.etag(assessment.version)).build();
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(summary = "Give a scheduled or missed assessment a new appointment", description = "The assessment "
            + "becomes SCHEDULED again and AssessmentScheduled is emitted with rescheduled=true." + IF_MATCH_OPTIONAL)
    public Response reschedule(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull RescheduleRequest request) {
        Assessment assessment = assessments.reschedule(id, request, ifMatch);
        return Response.ok(AssessmentView.summary(assessment)).tag(Versions.etag(assessment.version)).build();
    }

    @POST
    @Path("/{id}/professional-evaluations")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(summary = "Record one profession's evaluation", description = "Physical, mental, cognitive and social "
            + "functioning, factors that help and hinder, and work ability in the profession's view. The assessment "
            + "must be IN_PROGRESS.")
    public Response addEvaluation(@PathParam("id") UUID id, @Valid @NotNull EvaluationRequest request) {
        ProfessionalEvaluation evaluation = findings.addEvaluation(id, request);
        return Response.created(URI.create("/api/v1/assessments/" + id)).entity(EvaluationView.of(evaluation))
                .build();
    }

    @POST
    @Path("/{id}/consultations")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(summary = "Record a specialist consultation", description = "E.g. to specialised care's rehabilitation "
            + "research unit: the question, the answer and their dates. The assessment must be IN_PROGRESS.")
    public Response addConsultation(@PathParam("id") UUID id, @Valid @NotNull ConsultationRequest request) {
        Consultation consultation = findings.addConsultation(id, request);
        return Response.created(URI.create("/api/v1/assessments/" + id)).entity(ConsultationView.of(consultation))
                .build();
    }

    @POST
    @Path("/{id}/instrument-responses")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(summary = "Record a client's answers to an instrument at a time point", description = "Answers are "
            + "validated against the instrument definition: a missing, unknown or out-of-range item is 400 naming "
            + "answers.<item>. Also after the assessment is concluded (the after-services time point), but not "
            + "for a cancelled or missed one. Emits InstrumentResponsesRecorded with the scale scores.")
    public Response addInstrumentResponse(@PathParam("id") UUID id,
            @Valid @NotNull InstrumentResponseRequest request) {
        InstrumentResponse response = instruments.record(id, request);
        return Response.created(URI.create("/api/v1/assessments/" + id))
                .entity(InstrumentResponseView.of(response)).build();
    }

    @POST
    @Path("/{id}/conclusion")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(summary = "Conclude with the work-ability estimate and the support plan", description = "The "
            + "estimate must be agreed by at least two professions that have recorded evaluations (422 otherwise). "
            + "Emits AssessmentConcluded, one ServiceRecommended per recommendation, and CoachingReferralIssued for "
            + "supported-employment coaching." + IF_MATCH_OPTIONAL)
    public Response conclude(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ConclusionRequest request) {
        Assessment assessment = conclusions.conclude(id, request, ifMatch);
        AssessmentView view = queries.view(assessment);
        return Response.ok(view).tag(Versions.etag(assessment.version)).build();
    }
}
