package fi.polku.assessment.rest;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

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
import org.jboss.resteasy.reactive.RestResponse;

import fi.polku.assessment.domain.Investigation;
import fi.polku.assessment.domain.PlanVersion;
import fi.polku.assessment.service.InstrumentService;
import fi.polku.assessment.service.InvestigationService;
import fi.polku.assessment.service.PlanService;
import fi.polku.assessment.service.PlanService.PlanVersions;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Client plans and trends", description = "A client's activation and implementation plans, instrument "
        + "trends and further investigations")
public class ClientResource {

    private static final String VERSIONED = " Each POST adds a version based on the current one: send If-Match "
            + "with the current version's ETag (the ETag of the version list; \"0\" while the client has no plan). "
            + "A stale ETag is 412; without If-Match only the first version is accepted (428 after it).";
    private static final String PLAN_IF_MATCH = "The ETag of the plan's current version, as the version list "
            + "answers it; \"0\" for the first version. May be left out for the first version only.";
    private static final String LIST_ETAG = "The current (newest) version of the plan, on every page; \"0\" while "
            + "the client has no plan. Send it in If-Match with the next version.";

    private final PlanService plans;
    private final InstrumentService instruments;
    private final InvestigationService investigations;

    public ClientResource(PlanService plans, InstrumentService instruments, InvestigationService investigations) {
        this.plans = plans;
        this.instruments = instruments;
        this.investigations = investigations;
    }

    @POST
    @Path("/activation-plans")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "updateActivationPlan",
            summary = "Draw up or update the activation plan (aktivointisuunnitelma)", description = "The client "
                    + "and the social welfare own worker are always parties (422 otherwise). Record possibilities "
                    + "agreed in advance (coaching, work trial, pay subsidy, other TE services); a work trial needs "
                    + "its end date, i.e. its duration. Emits ActivationPlanUpdated." + VERSIONED)
    @APIResponse(responseCode = "201", description = "The new version",
            headers = {
                @Header(name = "Location", description = "The client's activation plan versions",
                        schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                @Header(name = "ETag", description = "The new version, for If-Match on the next one",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActivationPlanView.class)))
    @APIResponse(responseCode = "422", description = "The client or the social welfare own worker is not a party")
    public Response updateActivationPlan(@PathParam("clientId") UUID clientId,
            @Parameter(description = PLAN_IF_MATCH, schema = @Schema(type = SchemaType.STRING,
                    pattern = AssessmentResource.ETAG_PATTERN)) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ActivationPlanRequest request) {
        return added(plans.updateActivationPlan(clientId, request.content(), ifMatch), "/activation-plans",
                ActivationPlanView::of);
    }

    @GET
    @Path("/activation-plans")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "listActivationPlanVersions",
            summary = "Every version of the client's activation plan, the newest first",
            description = "A page at a time (follow `next`); the first item of the first page is the current plan.")
    @APIResponse(responseCode = "200", description = "A page of the versions",
            headers = @Header(name = "ETag", description = LIST_ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<Page<ActivationPlanView>> listActivationPlanVersions(@PathParam("clientId") UUID clientId,
            @Valid @BeanParam PageParameters page) {
        return versions(plans.activationPlanVersions(clientId, page.request()), ActivationPlanView::of);
    }

    @POST
    @Path("/implementation-plans")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "updateImplementationPlan",
            summary = "Draw up or update the implementation plan (toteuttamissuunnitelma)", description = "For "
                    + "rehabilitative work activity, from the client's current activation plan: it must be the "
                    + "newest version, valid on validFrom, and include rehabilitative work activity (422 otherwise); "
                    + "coaching on activity days needs coaching in the activation plan. Emits "
                    + "ImplementationPlanUpdated." + VERSIONED)
    @APIResponse(responseCode = "201", description = "The new version",
            headers = {
                @Header(name = "Location", description = "The client's implementation plan versions",
                        schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                @Header(name = "ETag", description = "The new version, for If-Match on the next one",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImplementationPlanView.class)))
    @APIResponse(responseCode = "422", description = "The activation plan is not the client's current one, is not "
            + "valid on validFrom or has no rehabilitative work activity, or coaching on activity days is not in it; "
            + "`violations` names the field")
    public Response updateImplementationPlan(@PathParam("clientId") UUID clientId,
            @Parameter(description = PLAN_IF_MATCH, schema = @Schema(type = SchemaType.STRING,
                    pattern = AssessmentResource.ETAG_PATTERN)) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ImplementationPlanRequest request) {
        return added(plans.updateImplementationPlan(clientId, request.content(), ifMatch), "/implementation-plans",
                ImplementationPlanView::of);
    }

    @GET
    @Path("/implementation-plans")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "listImplementationPlanVersions",
            summary = "Every version of the client's implementation plan, the newest first",
            description = "A page at a time (follow `next`); the first item of the first page is the current plan.")
    @APIResponse(responseCode = "200", description = "A page of the versions",
            headers = @Header(name = "ETag", description = LIST_ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<Page<ImplementationPlanView>> listImplementationPlanVersions(
            @PathParam("clientId") UUID clientId, @Valid @BeanParam PageParameters page) {
        return versions(plans.implementationPlanVersions(clientId, page.request()), ImplementationPlanView::of);
    }

    @GET
    @Path("/instrument-trends")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "getInstrumentTrends", summary = "How the client's instrument scores changed",
            description = "Per instrument and scale: the first and the latest score and the change, e.g. "
                    + "Kykyviisari before and after services.")
    @APIResponse(responseCode = "200", description = "The trends; no instruments while nothing is answered")
    public InstrumentTrendsView instrumentTrends(@PathParam("clientId") UUID clientId) {
        return new InstrumentTrendsView(clientId, instruments.trends(clientId));
    }

    @GET
    @Path("/investigations")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "listInvestigations",
            summary = "The further investigations intake requested for the client",
            description = "Pending and completed, the earliest requested first, a page at a time (follow `next`).")
    @APIResponse(responseCode = "200", description = "A page of the client's further investigations")
    public Page<InvestigationView> investigations(@PathParam("clientId") UUID clientId,
            @Valid @BeanParam PageParameters page) {
        Page<Investigation> found = investigations.listForClient(clientId, page.request());
        return found.map(InvestigationView::of);
    }

    /** The new version, under the client's list of the plan's versions; the ETag is for If-Match on the next one. */
    private static <P extends PlanVersion> Response added(P plan, String versionList, Function<P, ?> view) {
        return Response.created(URI.create("/api/v1/clients/" + plan.clientId + versionList))
                .tag(Versions.etag(plan.version)).entity(view.apply(plan)).build();
    }

    /** A page of a plan's versions; the ETag is the current version's, so an update can name it in If-Match. */
    private static <P, V> RestResponse<Page<V>> versions(PlanVersions<P> versions, Function<P, V> view) {
        Page<V> page = versions.page().map(view);
        return RestResponse.ResponseBuilder.ok(page).tag(Versions.etag(versions.currentVersion())).build();
    }
}
