package fi.polku.intake.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
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

import fi.polku.intake.domain.Client;
import fi.polku.intake.service.NonDisclosureService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.security.Roles;

/**
 * A client's non-disclosure order (turvakielto). Setting it is idempotent and needs no If-Match: an order for
 * someone's safety must never wait for a re-read after a concurrent change of other details.
 */
@Path("/api/v1/clients/{clientId}/non-disclosure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
public class NonDisclosureResource {

    private final NonDisclosureService nonDisclosure;

    public NonDisclosureResource(NonDisclosureService nonDisclosure) {
        this.nonDisclosure = nonDisclosure;
    }

    @PUT
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(operationId = "recordNonDisclosure", summary = "Record a client's non-disclosure order",
            description = "From the Population Information System or as the client tells. While it holds, other"
                    + " services, events (`nonDisclosure: true`, no municipality) and reports get no municipality"
                    + " or contact details, the client record shows it, and every read of the client's details is"
                    + " logged as a read under the order. An order already recorded stays as recorded.")
    @APIResponse(responseCode = "200", description = "The client, with the order",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientView.class)))
    public Response record(@PathParam("clientId") UUID clientId, @Valid @NotNull NonDisclosureRequest request) {
        return answer(nonDisclosure.record(clientId, request.source()));
    }

    @DELETE
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(operationId = "endNonDisclosure", summary = "End a client's non-disclosure order",
            description = "When the order has ended in the Population Information System. Other services learn the"
                    + " municipality again.")
    @APIResponse(responseCode = "200", description = "The client, without the order",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientView.class)))
    public Response end(@PathParam("clientId") UUID clientId) {
        return answer(nonDisclosure.end(clientId));
    }

    private static Response answer(Client client) {
        return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version)).build();
    }
}
