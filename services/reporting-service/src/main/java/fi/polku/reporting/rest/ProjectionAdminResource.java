package fi.polku.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.platform.security.Roles;
import fi.polku.reporting.messaging.ProjectionRebuild;

@Path("/api/v1/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projections", description = "Maintenance of the reporting projections")
public class ProjectionAdminResource {

    private final ProjectionRebuild rebuild;

    public ProjectionAdminResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed({Roles.ANALYST, Roles.COORDINATOR})
    @Operation(operationId = "rebuildProjections", summary = "Rebuild every projection from offset zero of every domain topic",
            description = "Empties the projections and replays all four domain topics from the beginning up to "
                    + "their current end, while live consumption waits; answers when done. The reports are the same "
                    + "afterwards as before.")
    @APIResponse(responseCode = "200", description = "The rebuild is done: when it ran and how many records it read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectionRebuild.Result.class)))
    public ProjectionRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
