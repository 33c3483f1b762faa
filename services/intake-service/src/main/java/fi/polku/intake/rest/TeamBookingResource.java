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

import fi.polku.intake.service.TeamBookingService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/team-bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Team bookings", description = "Coordination to the work-ability team")
public class TeamBookingResource {

    private final TeamBookingService bookings;
    private final IdempotentCreate idempotentCreate;

    public TeamBookingResource(TeamBookingService bookings, IdempotentCreate idempotentCreate) {
        this.bookings = bookings;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(summary = "Coordinate the client to the work-ability team",
            description = "TEAM_APPOINTMENT books a team appointment when no further investigation is needed and emits "
            + "WorkAbilityTeamBooked; FURTHER_INVESTIGATIONS names the investigations needed first, and by whom, "
            + "and emits FurtherInvestigationRequested.")
    public Response create(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @Valid @NotNull TeamBookingRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            TeamBookingView created = TeamBookingView.of(bookings.book(clientId, request));
            return Response.created(URI.create("/api/v1/clients/" + created.clientId()
                    + "/team-bookings/" + created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "List a client's team bookings", description = "Oldest first.")
    public List<TeamBookingView> list(@PathParam("clientId") UUID clientId) {
        return bookings.list(clientId).stream().map(TeamBookingView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Read a team booking")
    public TeamBookingView get(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return TeamBookingView.of(bookings.get(clientId, id));
    }
}
