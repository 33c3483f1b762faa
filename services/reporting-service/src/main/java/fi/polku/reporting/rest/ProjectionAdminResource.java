package fi.polku.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Rebuild every projection from offset zero of every domain topic",
            description = "Empties the projections and replays all four domain topics from the beginning up to "
                    + "their current end, while live consumption waits; answers when done. The reports are the same "
                    + "afterwards as before.")
    public ProjectionRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
