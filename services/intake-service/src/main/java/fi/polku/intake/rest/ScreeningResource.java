package fi.polku.intake.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.intake.domain.Screening;
import fi.polku.intake.domain.SegmentRules;
import fi.polku.intake.service.ScreeningService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screenings", description = "Target-group screening and segmentation")
public class ScreeningResource {

    private static final String CREATE_422 = "`overrideSegment` equals the derived segment (leave the override "
            + "out), or the Idempotency-Key was already used for another request body";

    private final ScreeningService screenings;
    private final IdempotentCreate idempotentCreate;

    public ScreeningResource(ScreeningService screenings, IdempotentCreate idempotentCreate) {
        this.screenings = screenings;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(operationId = "recordScreening", summary = "Record a target-group screening",
            description = "The six signals of the model and the client's motivation; the service derives the "
                    + "segment and "
            + "names the rule and the signals that led to it. A professional may override the segment with a "
            + "reason; both are kept. Emits ScreeningCompleted.\n\n" + SegmentRules.RULE_TABLE)
    @APIResponse(responseCode = "201", description = "Recorded with the derived segment; Location is the screening",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "422", description = CREATE_422)
    public Response create(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @Valid @NotNull ScreeningRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            ScreeningView created = ScreeningView.of(screenings.complete(clientId, request.findings()));
            return Response.created(URI.create("/api/v1/clients/" + created.clientId()
                    + "/screenings/" + created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listScreenings", summary = "List a client's screenings",
            description = "Oldest first." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "A page of the client's screenings")
    public Page<ScreeningView> list(@PathParam("clientId") UUID clientId, @Valid @BeanParam PageParameters page) {
        Page<Screening> found = screenings.list(clientId, page.request());
        return found.map(ScreeningView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "getScreening", summary = "Read a screening",
            description = "One screening of the client; the id of a client merged into another finds it under "
                    + "the client kept.")
    @APIResponse(responseCode = "200", description = "The screening")
    public ScreeningView get(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return ScreeningView.of(screenings.get(clientId, id));
    }
}
