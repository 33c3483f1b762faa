package fi.polku.assessment.rest;

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

import fi.polku.assessment.domain.AssessmentReferral;
import fi.polku.assessment.domain.AssessmentReferralStatus;
import fi.polku.assessment.service.AssessmentReferralService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/assessment-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment referrals", description = "The case owner's closed-loop referral to a work-ability team: "
        + "REQUESTED → ACCEPTED | DECLINED → IN_PROGRESS → COMPLETED | CANCELLED, moved by the receiving team")
public class AssessmentReferralResource {

    private static final String MOVED = "Moved; the body is the referral with its history";
    private static final String STATUS_RULE = "The referral cannot move so from its current status";
    private static final String IF_MATCH = "The referral's ETag (from its last read or change); required (428 without,"
            + " 412 stale)";

    private final AssessmentReferralService referrals;
    private final IdempotentCreate idempotentCreate;

    public AssessmentReferralResource(AssessmentReferralService referrals, IdempotentCreate idempotentCreate) {
        this.referrals = referrals;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.CASE_OWNER)
    @Transactional
    @Operation(operationId = "sendAssessmentReferral", summary = "Refer a client to a work-ability team, which answers",
            description = "By a case owner with a basis for the client, to one of the service's teams. The referral is"
                    + " REQUESTED until the team's member accepts or declines it. Emits"
                    + " AssessmentReferralStatusChanged. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Sent; the team answers it",
            headers = {
                @Header(name = "ETag", description = "The referral's version (not sent again on an idempotent "
                        + "replay)", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentReferralView.class)))
    @APIResponse(responseCode = "422", description = "The client is not registered in intake, the team is not one of "
            + "this service's teams, or the Idempotency-Key was used for another request")
    public Response send(@Parameter(schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200,
                    pattern = AssessmentResource.IDEMPOTENCY_KEY_PATTERN))
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull AssessmentReferralRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            AssessmentReferral referral = referrals.refer(request.clientId(), request.teamId(), request.reason());
            return Response.created(URI.create("/api/v1/assessment-referrals/" + referral.id))
                    .tag(Versions.etag(referral.version)).entity(view(referral)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.CASE_OWNER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "listAssessmentReferrals", summary = "A client's referrals, or the team's inbox",
            description = "With `clientId`: the client's referrals (the caller needs a basis for the client). Without"
                    + " it: the referrals to the teams the caller is an active member of (403 for a caller in no team"
                    + " or a team they are not in). By status; the oldest request first (then id), paged.")
    @APIResponse(responseCode = "200", description = "A page of referrals")
    public Page<AssessmentReferralView> list(
            @Parameter(description = "Only this client's referrals") @QueryParam("clientId") UUID clientId,
            @Parameter(description = "Only referrals to this team") @QueryParam("teamId") UUID teamId,
            @Parameter(description = "Only referrals in this status") @QueryParam("status")
            AssessmentReferralStatus status,
            @Valid @BeanParam PageParameters page) {
        return referrals.list(new AssessmentReferralService.Query(clientId, teamId, status), page.request())
                .map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASE_OWNER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "getAssessmentReferral", summary = "Read a referral with its history",
            description = "By the sender's side (a basis for the client) or an active member of the team it was sent "
                    + "to.")
    @APIResponse(responseCode = "200", description = "The referral",
            headers = @Header(name = "ETag", description = "The referral's version, for If-Match on its moves",
                    schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AssessmentReferralView> get(@PathParam("id") UUID id) {
        return answer(referrals.get(id));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "acceptAssessmentReferral", summary = "The team accepts, with the appointment",
            description = "By an active member of the team, with the referral's ETag in If-Match. Schedules the "
                    + "assessment with the team (AssessmentScheduled gives its members access to the client); the "
                    + "referral is IN_PROGRESS when the assessment starts and COMPLETED when it is concluded. Emits "
                    + "AssessmentReferralStatusChanged.")
    @APIResponse(responseCode = "200", description = MOVED,
            headers = @Header(name = "ETag", description = "The referral's new version",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = STATUS_RULE)
    public RestResponse<AssessmentReferralView> accept(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING,
                    pattern = AssessmentResource.ETAG_PATTERN)) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull AssessmentReferralAcceptance request) {
        return answer(referrals.accept(id, request.appointmentAt(), ifMatch));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "declineAssessmentReferral", summary = "The team declines, with a reason code",
            description = "By an active member of the team, with the referral's ETag in If-Match; OTHER needs a note."
                    + " The case owner hears of it in their notification feed and gap watch. Emits"
                    + " AssessmentReferralStatusChanged with the reason code (the note stays here).")
    @APIResponse(responseCode = "200", description = MOVED,
            headers = @Header(name = "ETag", description = "The referral's new version",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = STATUS_RULE)
    public RestResponse<AssessmentReferralView> decline(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING,
                    pattern = AssessmentResource.ETAG_PATTERN)) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull AssessmentReferralDecline request) {
        return answer(referrals.decline(id, request.reasonCode(), request.note(), ifMatch));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.CASE_OWNER)
    @Transactional
    @Operation(operationId = "cancelAssessmentReferral", summary = "The sender's side cancels before the assessment "
            + "starts", description = "By a case owner with a basis for the client, with the referral's ETag in "
                    + "If-Match, while the referral is REQUESTED or ACCEPTED; an accepted referral's scheduled "
                    + "assessment is cancelled too (AssessmentCancelled). Emits AssessmentReferralStatusChanged.")
    @APIResponse(responseCode = "200", description = MOVED,
            headers = @Header(name = "ETag", description = "The referral's new version",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = STATUS_RULE)
    public RestResponse<AssessmentReferralView> cancel(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING,
                    pattern = AssessmentResource.ETAG_PATTERN)) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull AssessmentReferralCancellation request) {
        return answer(referrals.cancel(id, request.note(), ifMatch));
    }

    private RestResponse<AssessmentReferralView> answer(AssessmentReferral referral) {
        return RestResponse.ResponseBuilder.ok(view(referral)).tag(Versions.etag(referral.version)).build();
    }

    private AssessmentReferralView view(AssessmentReferral referral) {
        return AssessmentReferralView.of(referral, referrals.history(referral));
    }
}
