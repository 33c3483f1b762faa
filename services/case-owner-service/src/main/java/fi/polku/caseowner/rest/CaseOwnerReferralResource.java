package fi.polku.caseowner.rest;

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

import fi.polku.caseowner.domain.CaseOwnerReferral;
import fi.polku.caseowner.domain.CaseOwnerReferralStatus;
import fi.polku.caseowner.service.CaseOwnerReferralService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/case-owner-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals back to the case owner", description = "A job coach hands a client back to the case owner: "
        + "REQUESTED → ACCEPTED | DECLINED → IN_PROGRESS → COMPLETED | CANCELLED, moved by the receiver (the client's "
        + "case owner, or the municipality's work-ability coordinators while there is none)")
public class CaseOwnerReferralResource {

    private static final String MOVED = "Moved; the body is the referral with its history";
    private static final String STATUS_RULE = "The referral cannot move so from its current status";
    private static final String RECEIVER = " By the receiver (the client's case owner, or while the client has none "
            + "an active work-ability coordinator serving the client's municipality; anyone else 403), with the "
            + "referral's ETag in If-Match. Emits CaseOwnerReferralStatusChanged.";
    private static final String NEW_VERSION = "The referral's new version";

    private final CaseOwnerReferralService referrals;
    private final IdempotentCreate idempotentCreate;

    public CaseOwnerReferralResource(CaseOwnerReferralService referrals, IdempotentCreate idempotentCreate) {
        this.referrals = referrals;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "sendCaseOwnerReferral", summary = "Refer a coached client back to the case owner",
            description = "By a coach of the episode's provider (the token's org is the provider's business ID), the"
                    + " episode open or ended at most 30 days ago: the episode is the basis (403 otherwise). With a "
                    + "reason code (OTHER needs the reason in words). REQUESTED until the receiver answers, within "
                    + "polku.referrals.answer-working-days (default 5) Finnish working days, after which it is a "
                    + "gap. Emits CaseOwnerReferralStatusChanged; the coach hears of every answer in their "
                    + "notification feed. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Sent; the receiver answers it",
            headers = {
                @Header(name = "ETag", description = "The referral's version (absent on a replay)",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseOwnerReferralView.class)))
    @APIResponse(responseCode = "422", description = "The episode is not known to this service (it learns of them "
            + "from CoachingStarted), its client is not known yet, or the Idempotency-Key was used for another "
            + "request")
    public Response send(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull CaseOwnerReferralRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            CaseOwnerReferral referral = referrals.refer(request.episodeId(), request.reasonCode(),
                    request.reason());
            return Response.created(URI.create("/api/v1/case-owner-referrals/" + referral.id))
                    .tag(Versions.etag(referral.version)).entity(view(referral)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.JOB_COACH, Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listCaseOwnerReferrals", summary = "The referrals back a coach's provider sent, or "
            + "those the caller answers",
            description = "A provider's coach: the referrals their provider sent (by episode: whether a referral "
                    + "back of the episode is open). A registered professional: the referrals they answer now (their"
                    + " clients', and for a work-ability coordinator those of clients without a case owner in their "
                    + "municipalities); 403 for a caller in no professional record. By status; the oldest request "
                    + "first (then id), paged.")
    @APIResponse(responseCode = "200", description = "A page of referrals")
    public Page<CaseOwnerReferralView> list(
            @Parameter(description = "Only the referrals sent from this coaching episode")
            @QueryParam("episodeId") UUID episodeId,
            @Parameter(description = "Only referrals in this status",
                    schema = @Schema(implementation = CaseOwnerReferralStatus.class))
            @QueryParam("status") String status,
            @Valid @BeanParam PageParameters page) {
        CaseOwnerReferralStatus wanted = QueryParams.enumValue("status", status, CaseOwnerReferralStatus.class);
        return referrals.list(new CaseOwnerReferralService.Query(episodeId, wanted), page.request()).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.JOB_COACH, Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "getCaseOwnerReferral", summary = "Read a referral back with its history",
            description = "By a coach of the sending provider, the receiver, or a professional with a basis for the "
                    + "client.")
    @APIResponse(responseCode = "200", description = "The referral",
            headers = @Header(name = "ETag", description = "The referral's version, for If-Match on its moves",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseOwnerReferralView.class)))
    public Response get(@PathParam("id") UUID id) {
        return answer(referrals.get(id));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "acceptCaseOwnerReferral", summary = "The receiver accepts the client back",
            description = "From REQUESTED." + RECEIVER)
    @APIResponse(responseCode = "200", description = MOVED,
            headers = @Header(name = "ETag", description = NEW_VERSION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseOwnerReferralView.class)))
    @APIResponse(responseCode = "422", description = STATUS_RULE)
    public Response accept(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseOwnerReferralNote request) {
        return answer(referrals.accept(id, request.note(), ifMatch));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "declineCaseOwnerReferral", summary = "The receiver declines, with a reason code",
            description = "From REQUESTED; OTHER needs a note (the note stays here, the code goes into the event)."
                    + RECEIVER)
    @APIResponse(responseCode = "200", description = MOVED,
            headers = @Header(name = "ETag", description = NEW_VERSION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseOwnerReferralView.class)))
    @APIResponse(responseCode = "422", description = STATUS_RULE)
    public Response decline(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseOwnerReferralDecline request) {
        return answer(referrals.decline(id, request.reasonCode(), request.note(), ifMatch));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "startCaseOwnerReferral", summary = "The receiver starts on it: IN_PROGRESS",
            description = "From ACCEPTED." + RECEIVER)
    @APIResponse(responseCode = "200", description = MOVED,
            headers = @Header(name = "ETag", description = NEW_VERSION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseOwnerReferralView.class)))
    @APIResponse(responseCode = "422", description = STATUS_RULE)
    public Response start(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseOwnerReferralNote request) {
        return answer(referrals.start(id, request.note(), ifMatch));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "completeCaseOwnerReferral", summary = "The receiver has done what the referral asked",
            description = "From IN_PROGRESS." + RECEIVER)
    @APIResponse(responseCode = "200", description = MOVED,
            headers = @Header(name = "ETag", description = NEW_VERSION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseOwnerReferralView.class)))
    @APIResponse(responseCode = "422", description = STATUS_RULE)
    public Response complete(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseOwnerReferralNote request) {
        return answer(referrals.complete(id, request.note(), ifMatch));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "cancelCaseOwnerReferral", summary = "The sending provider's coach cancels",
            description = "While REQUESTED or ACCEPTED, by a coach of the provider that sent it (anyone else 403), "
                    + "with the referral's ETag in If-Match. Emits CaseOwnerReferralStatusChanged; the receiver "
                    + "hears of it.")
    @APIResponse(responseCode = "200", description = MOVED,
            headers = @Header(name = "ETag", description = NEW_VERSION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseOwnerReferralView.class)))
    @APIResponse(responseCode = "422", description = STATUS_RULE)
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseOwnerReferralNote request) {
        return answer(referrals.cancel(id, request.note(), ifMatch));
    }

    private Response answer(CaseOwnerReferral referral) {
        return Response.ok(view(referral)).tag(Versions.etag(referral.version)).build();
    }

    private CaseOwnerReferralView view(CaseOwnerReferral referral) {
        return CaseOwnerReferralView.of(referral, referrals.history(referral));
    }
}
