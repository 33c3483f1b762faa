package fi.polku.assessment.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fi.polku.assessment.domain.Team;
import fi.polku.assessment.service.TeamService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
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
    @Operation(operationId = "createTeam", summary = "Set up a team", description = "With its members. Send an "
            + "Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Set up (or the first response again, for a repeated "
            + "Idempotency-Key)",
            headers = {
                @Header(name = "ETag", description = "The team's version, for If-Match on its update (not sent again "
                        + "on an idempotent replay)", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response create(@Parameter(schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200,
                    pattern = AssessmentResource.IDEMPOTENCY_KEY_PATTERN)) @HeaderParam(IdempotentCreate.HEADER)
            String idempotencyKey,
            @Valid @NotNull TeamRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Team team = teams.create(request.details());
            return Response.created(URI.create("/api/v1/teams/" + team.id)).tag(Versions.etag(team.version))
                    .entity(TeamView.of(team)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_MEMBER, Roles.INTAKE_WORKER, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "listTeams", summary = "List teams, optionally those of one municipality",
            description = "By name, a page at a time (follow `next`).")
    @APIResponse(responseCode = "200", description = "A page of the teams")
    public Page<TeamView> list(
            @Parameter(description = "Statistics Finland code of the municipality the teams serve")
            @QueryParam("municipalityCode") @Pattern(regexp = "^\\d{3}$",
                    message = "must be a three-digit municipality code") String municipalityCode,
            @Valid @BeanParam PageParameters page) {
        Page<Team> found = teams.list(municipalityCode, page.request());
        return found.map(TeamView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_MEMBER, Roles.INTAKE_WORKER, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "getTeam", summary = "Read a team", description = "With its members, active and "
            + "inactive.")
    @APIResponse(responseCode = "200", description = "The team",
            headers = @Header(name = "ETag", description = "The team's version, for If-Match on its update",
                    schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<TeamView> get(@PathParam("id") UUID id) {
        Team team = teams.get(id);
        return RestResponse.ResponseBuilder.ok(TeamView.of(team)).tag(Versions.etag(team.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "updateTeam", summary = "Update a team and its members", description = "Replaces the "
            + "team's details and member list; members sent with their id keep it (an id that is not the team's "
            + "member is 400). Requires If-Match with the current ETag; a stale ETag gets 412.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "The team's new version",
                    schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<TeamView> update(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = AssessmentResource.ETAG_PATTERN))
            @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull TeamRequest request) {
        Team team = teams.update(id, request.details(), ifMatch);
        return RestResponse.ResponseBuilder.ok(TeamView.of(team)).tag(Versions.etag(team.version)).build();
    }
}
