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

import fi.polku.intake.domain.TeamBooking;
import fi.polku.intake.service.TeamBookingService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
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
    @Operation(operationId = "bookTeam", summary = "Coordinate the client to the work-ability team",
            description = "TEAM_APPOINTMENT books a team appointment when no further investigation is needed and emits "
            + "WorkAbilityTeamBooked; FURTHER_INVESTIGATIONS names the investigations needed first, and by whom, "
            + "and emits FurtherInvestigationRequested.")
    @APIResponse(responseCode = "201", description = "Booked; Location is the booking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamBookingView.class)))
    public Response create(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @Valid @NotNull TeamBookingRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            TeamBookingView created = TeamBookingView.of(bookings.book(clientId, request.booking()));
            return Response.created(URI.create("/api/v1/clients/" + created.clientId()
                    + "/team-bookings/" + created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listTeamBookings", summary = "List a client's team bookings",
            description = "Oldest first." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "A page of the client's team bookings")
    public Page<TeamBookingView> list(@PathParam("clientId") UUID clientId, @Valid @BeanParam PageParameters page) {
        Page<TeamBooking> found = bookings.list(clientId, page.request());
        return found.map(TeamBookingView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "getTeamBooking", summary = "Read a team booking",
            description = "One team booking of the client; the id of a client merged into another finds it under "
                    + "the client kept.")
    @APIResponse(responseCode = "200", description = "The team booking")
    public TeamBookingView get(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return TeamBookingView.of(bookings.get(clientId, id));
    }
}
