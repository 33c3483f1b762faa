package fi.polku.coaching.rest;

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

import fi.polku.coaching.domain.CoachingReferral;
import fi.polku.coaching.domain.ReferralStatus;
import fi.polku.coaching.service.ReferralService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/coaching-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coaching referrals", description = "Referrals to a coaching provider that the provider accepts or"
        + " declines: REQUESTED → ACCEPTED | DECLINED → IN_PROGRESS → COMPLETED | CANCELLED")
public class ReferralResource {

    private static final String MOVED = "The referral in its new status";
    private static final String STATUS_RULE = "The referral's status does not allow the move (`status`)";

    private final ReferralService referrals;
    private final IdempotentCreate idempotentCreate;

    public ReferralResource(ReferralService referrals, IdempotentCreate idempotentCreate) {
        this.referrals = referrals;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed({Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "sendCoachingReferral", summary = "Refer a client to a provider, who answers",
            description = "By a professional with a care relationship with the client, e.g. the case owner sending"
                    + " a declined client to another provider (`previousReferralId`). The referral is REQUESTED and"
                    + " its episode waits for the provider's answer. Emits CoachingReferralStatusChanged.")
    @APIResponse(responseCode = "201", description = "Sent; the provider answers it",
            headers = {
                @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The client already has an open coaching episode (its id is"
            + " in `episodeId`)")
    @APIResponse(responseCode = "422", description = "The earlier referral is not declined or cancelled"
            + " (`previousReferralId`), or " + ApiDocs.IDEMPOTENCY_REUSED)
    public Response send(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull ReferralRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            CoachingReferral referral = referrals.refer(new ReferralService.Request(request.clientId(),
                    request.providerId(), request.previousReferralId(), request.referrerType(), request.reason()));
            return Response.created(URI.create("/api/v1/coaching-referrals/" + referral.id))
                    .tag(Versions.etag(referral.version)).entity(view(referral)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.JOB_COACH, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listCoachingReferrals", summary = "A provider's inbox, or the sender's view",
            description = "By provider, client and status; `unanswered=true` keeps those still REQUESTED after their"
                    + " answer day. The oldest first (request time, then id), paged. A provider's coach sees only"
                    + " their own provider's referrals whose client's consent covers it; a coordinator sees every"
                    + " referral; others the clients they have a basis for (a client filter without one is a 403).")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<ReferralView> list(
            @Parameter(description = "Only referrals to this provider") @QueryParam("providerId") UUID providerId,
            @Parameter(description = "Only this client's referrals") @QueryParam("clientId") UUID clientId,
            @Parameter(description = "Only referrals in this status") @QueryParam("status") ReferralStatus status,
            @Parameter(description = "Only referrals still REQUESTED after their answer day")
            @QueryParam("unanswered") boolean unanswered,
            @Valid @BeanParam PageParameters page) {
        return referrals.list(new ReferralService.Query(providerId, clientId, status, unanswered), page.request())
                .map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.JOB_COACH, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "getCoachingReferral", summary = "Read a referral with its history")
    @APIResponse(responseCode = "200", description = "The referral",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    public Response get(@PathParam("id") UUID id) {
        return answer(referrals.get(id));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "acceptCoachingReferral", summary = "The provider accepts, naming the coach",
            description = "By the provider's coordinator or coach (the token's org is the provider's business ID),"
                    + " with the referral's ETag in If-Match. The coach must be the provider's and under their caseload"
                    + " limit. The episode starts with that coach once the client's consent covers the provider; the"
                    + " referral is then IN_PROGRESS. Emits CoachingReferralStatusChanged.")
    @APIResponse(responseCode = "200", description = MOVED,
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "422", description = STATUS_RULE + ", or the coach is at their caseload limit"
            + " (`coachId`)")
    public Response accept(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ReferralAcceptance request) {
        return answer(referrals.accept(id, request.coachId(), ifMatch));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "declineCoachingReferral", summary = "The provider declines, with a reason code",
            description = "By the provider's coordinator or coach, with the referral's ETag in If-Match; OTHER needs a"
                    + " note. The episode closes without having started (NOT_ACCEPTED) and the case owner can refer"
                    + " the client elsewhere. Emits CoachingReferralStatusChanged with the reason code (the note stays"
                    + " here).")
    @APIResponse(responseCode = "200", description = MOVED,
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "422", description = STATUS_RULE)
    public Response decline(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ReferralDecline request) {
        return answer(referrals.decline(id, request.reasonCode(), request.note(), ifMatch));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "cancelCoachingReferral", summary = "The sender's side cancels before coaching starts",
            description = "By a professional with a basis for the client (or a coordinator), with the referral's ETag"
                    + " in If-Match, while the referral is REQUESTED or ACCEPTED. The episode closes without having"
                    + " started. Emits CoachingReferralStatusChanged.")
    @APIResponse(responseCode = "200", description = MOVED,
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "422", description = STATUS_RULE)
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ReferralCancellation request) {
        return answer(referrals.cancel(id, request.note(), ifMatch));
    }

    private Response answer(CoachingReferral referral) {
        return Response.ok(view(referral)).tag(Versions.etag(referral.version)).build();
    }

    private ReferralView view(CoachingReferral referral) {
        return ReferralView.of(referral, referrals.unanswered(referral), referrals.history(referral));
    }
}
