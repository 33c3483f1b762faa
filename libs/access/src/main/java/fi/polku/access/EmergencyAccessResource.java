package fi.polku.access;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.platform.clients.KnownClients;
import fi.polku.platform.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;

@Path("/api/v1/clients/{clientId}/emergency-access")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Emergency access", description = "Time-limited access to one client with a written reason, reviewed by"
        + " supervisors")
@IfBuildProperty(name = "polku.access.client-data", stringValue = "true", enableIfMissing = true)
public class EmergencyAccessResource {

    private final EmergencyAccesses emergencyAccesses;
    private final KnownClients knownClients;

    public EmergencyAccessResource(EmergencyAccesses emergencyAccesses, KnownClients knownClients) {
        this.emergencyAccesses = emergencyAccesses;
        this.knownClients = knownClients;
    }

    @POST
    @RolesAllowed({Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "takeEmergencyAccess", summary = "Take emergency access to a client",
            description = "For the county's own professionals when the client's situation requires it and no care"
                    + " relationship or consent covers them. Lasts a limited time (3 hours by default), applies in"
                    + " every service, and is logged and listed for supervisors. Supervisors (coordinators,"
                    + " auditors) review emergency accesses and so cannot take one themselves.")
    @APIResponse(responseCode = "201", description = "Granted; Location is the grant",
            headers = @Header(name = "Location", description = "The grant, for the professional and supervisors",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EmergencyAccess.class)))
    public Response grant(@PathParam("clientId") UUID clientId, @Valid @NotNull EmergencyAccessRequest request) {
        EmergencyAccess access = emergencyAccesses.grant(clientId, request, knownClients);
        return Response.created(URI.create("/api/v1/emergency-accesses/" + access.id())).entity(access).build();
    }
}
