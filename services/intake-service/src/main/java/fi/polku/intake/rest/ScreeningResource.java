package fi.polku.intake.rest;

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

import fi.polku.intake.domain.SegmentRules;
import fi.polku.intake.service.ScreeningService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screenings", description = "Target-group screening and segmentation")
public class ScreeningResource {

    private final ScreeningService screenings;
    private final IdempotentCreate idempotentCreate;

    public ScreeningResource(ScreeningService screenings, IdempotentCreate idempotentCreate) {
        this.screenings = screenings;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(summary = "Record a target-group screening",
            description = "The six signals of the model and the client's motivation; the service derives the "
                    + "segment and "
            + "names the rule and the signals that led to it. A professional may override the segment with a "
            + "reason; both are kept. Emits ScreeningCompleted.\n\n" + SegmentRules.RULE_TABLE)
    public Response create(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @Valid @NotNull ScreeningRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            ScreeningView created = ScreeningView.of(screenings.complete(clientId, request));
            return Response.created(URI.create("/api/v1/clients/" + created.clientId()
                    + "/screenings/" + created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "List a client's screenings", description = "Oldest first.")
    public List<ScreeningView> list(@PathParam("clientId") UUID clientId) {
        return screenings.list(clientId).stream().map(ScreeningView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Read a screening")
    public ScreeningView get(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return ScreeningView.of(screenings.get(clientId, id));
    }
}
