package fi.polku.intake.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.intake.service.ClientAccessLog;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/access-log")
@Tag(name = "Access log", description = "Who processed the client's data, in every service (Client Data Act §11)")
public class AccessLogResource {

    private final ClientAccessLog accessLog;

    public AccessLogResource(ClientAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUDITOR)
    @Transactional
    @Operation(summary = "The client's access log across the services",
            description = "Who processed the client's data, when, in which service, what, why, on what basis, and to"
                    + " which outside organisation it was disclosed; refused attempts included. Entries older than two"
                    + " years are kept and flagged. Ask for text/html for a printable document. Reading it is logged.")
    public AccessLogView json(@PathParam("clientId") UUID clientId) {
        return accessLog.of(clientId);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.AUDITOR)
    @Transactional
    @Operation(summary = "The client's access log as a printable document")
    public String printable(@PathParam("clientId") UUID clientId) {
        return AccessLogDocument.render(accessLog.of(clientId));
    }
}
