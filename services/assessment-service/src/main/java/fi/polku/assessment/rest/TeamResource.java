package fi.polku.assessment.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.assessment.domain.Team;
import fi.polku.assessment.service.TeamService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.security.Roles;

@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Multi-professional work-ability teams (työkykytiimit) and their members")
public class TeamResource {

    private final TeamService teams;
    private final IdempotentCreate idempotentCreate;

    public TeamResource(TeamService teams, IdempotentCreate idempotentCreate) {
        this.teams = teams;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Set up a team", description = "Send an Idempotency-Key to retry safely.")
    public Response create(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull TeamRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Team team = teams.create(request);
            return Response.created(URI.create("/api/v1/teams/" + team.id)).tag(Versions.etag(team.version))
                    .entity(TeamView.of(team)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_MEMBER, Roles.INTAKE_WORKER, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "List teams, optionally those of one municipality")
    public List<TeamView> list(@QueryParam("municipalityCode")
            @Pattern(regexp = "\\d{3}", message = "must be a three-digit municipality code") String municipalityCode) {
        return teams.list(municipalityCode).stream().map(TeamView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_MEMBER, Roles.INTAKE_WORKER, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "Read a team with its members")
    public Response get(@PathParam("id") UUID id) {
        Team team = teams.get(id);
        return Response.ok(TeamView.of(team)).tag(Versions.etag(team.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Update a team and its members", description = "Replaces the team's details and member "
            + "list; members sent with their id keep it. Requires If-Match with the current ETag; a stale ETag gets 412.")
    public Response update(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull TeamRequest request) {
        Team team = teams.update(id, request, ifMatch);
        return Response.ok(TeamView.of(team)).tag(Versions.etag(team.version)).build();
    }
}
