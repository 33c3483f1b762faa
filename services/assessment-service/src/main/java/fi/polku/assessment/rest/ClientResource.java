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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.assessment.domain.ActivationPlan;
import fi.polku.assessment.domain.ImplementationPlan;
import fi.polku.assessment.service.InstrumentService;
import fi.polku.assessment.service.InvestigationService;
import fi.polku.assessment.service.PlanService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Client plans and trends", description = "A client's activation and implementation plans, instrument "
        + "trends and further investigations")
public class ClientResource {

    private static final String VERSIONED = " Each POST adds a version; after the first, send If-Match with the "
            + "current version's ETag (428 without it, 412 when stale).";

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
    @Operation(summary = "Draw up or update the activation plan (aktivointisuunnitelma)", description = "The client "
            + "and the social welfare own worker are always parties (422 otherwise). Record possibilities agreed in "
            + "advance (coaching, work trial, pay subsidy, other TE services); a work trial needs its end date, "
            + "i.e. its duration. Emits ActivationPlanUpdated." + VERSIONED)
    public Response updateActivationPlan(@PathParam("clientId") UUID clientId,
            @HeaderParam(Versions.IF_MATCH) String ifMatch, @Valid @NotNull ActivationPlanRequest request) {
        ActivationPlan plan = plans.updateActivationPlan(clientId, request, ifMatch);
        return Response.created(URI.create("/api/v1/clients/" + clientId + "/activation-plans"))
                .tag(Versions.etag(plan.version)).entity(ActivationPlanView.of(plan)).build();
    }

    @GET
    @Path("/activation-plans")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "Every version of the client's activation plan, the newest first",
            description = "The ETag is the newest version's.")
    public Response activationPlans(@PathParam("clientId") UUID clientId) {
        List<ActivationPlan> versions = plans.activationPlanVersions(clientId);
        return newestFirst(versions.stream().map(ActivationPlanView::of).toList(),
                versions.isEmpty() ? null : Long.valueOf(versions.get(0).version));
    }

    @POST
    @Path("/implementation-plans")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(summary = "Draw up or update the implementation plan (toteuttamissuunnitelma)", description = "For "
            + "rehabilitative work activity, from the client's current activation plan: it must be the newest "
            + "version, valid on validFrom, and include rehabilitative work activity (422 otherwise); coaching on "
            + "activity days needs coaching in the activation plan. Emits ImplementationPlanUpdated." + VERSIONED)
    public Response updateImplementationPlan(@PathParam("clientId") UUID clientId,
            @HeaderParam(Versions.IF_MATCH) String ifMatch, @Valid @NotNull ImplementationPlanRequest request) {
        ImplementationPlan plan = plans.updateImplementationPlan(clientId, request, ifMatch);
        return Response.created(URI.create("/api/v1/clients/" + clientId + "/implementation-plans"))
                .tag(Versions.etag(plan.version)).entity(ImplementationPlanView.of(plan)).build();
    }

    @GET
    @Path("/implementation-plans")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "Every version of the client's implementation plan, the newest first",
            description = "The ETag is the newest version's.")
    public Response implementationPlans(@PathParam("clientId") UUID clientId) {
        List<ImplementationPlan> versions = plans.implementationPlanVersions(clientId);
        return newestFirst(versions.stream().map(ImplementationPlanView::of).toList(),
                versions.isEmpty() ? null : Long.valueOf(versions.get(0).version));
    }

    @GET
    @Path("/instrument-trends")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "How the client's instrument scores changed", description = "Per instrument and scale: the "
            + "first and the latest score and the change, e.g. Kykyviisari before and after services.")
    public InstrumentTrendsView instrumentTrends(@PathParam("clientId") UUID clientId) {
        return instruments.trends(clientId);
    }

    @GET
    @Path("/investigations")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "The further investigations intake requested for the client, pending and completed")
    public List<InvestigationView> investigations(@PathParam("clientId") UUID clientId) {
        return investigations.listForClient(clientId).stream().map(InvestigationView::of).toList();
    }

    /** A plan's versions, newest first; the ETag is the newest version's, so an update can name it in If-Match. */
    private static Response newestFirst(List<?> views, Long newestVersion) {
        Response.ResponseBuilder response = Response.ok(views);
        if (newestVersion != null) {
            response.tag(Versions.etag(newestVersion));
        }
        return response.build();
    }
}
