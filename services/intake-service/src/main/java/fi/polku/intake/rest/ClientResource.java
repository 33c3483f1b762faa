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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.intake.domain.Client;
import fi.polku.intake.service.ClientMergeService;
import fi.polku.intake.service.ClientService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "The client register of the service package")
public class ClientResource {

    private final ClientService clients;
    private final ClientMergeService merges;
    private final IdempotentCreate idempotentCreate;

    public ClientResource(ClientService clients, ClientMergeService merges, IdempotentCreate idempotentCreate) {
        this.clients = clients;
        this.merges = merges;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(summary = "Register a client", description = "A second registration of the same identity code "
            + "returns 409 with the existing client's id. Send an Idempotency-Key to retry safely.")
    public Response register(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull RegisterClientRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Client client = clients.register(request);
            return Response.created(URI.create("/api/v1/clients/" + client.id))
                    .tag(Versions.etag(client.version))
                    .entity(ClientView.of(client))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Read a client's details", description = "The id of a client merged into another answers "
            + "the client kept, whose id is in the body.")
    public Response get(@PathParam("id") UUID id) {
        Client client = clients.get(id);
        return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(summary = "Update a client's details", description = "Requires If-Match with the current ETag; "
            + "a stale ETag gets 412.")
    public Response update(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ClientDetails details) {
        Client client = clients.update(id, details, ifMatch);
        return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version)).build();
    }

    @POST
    @Path("/search")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Find a client by identity code", description = "The code travels in the body, never "
            + "in the URL. Answers the client's id, or 404.")
    public ClientIdView search(@Valid @NotNull IdentityCodeQuery query) {
        return new ClientIdView(clients.findByIdentityCode(query.identityCode()));
    }

    @GET
    @Path("/duplicate-candidates")
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(summary = "List possible duplicates", description = "Groups of active clients with the same first "
            + "name, last name and birth date but different identity codes, e.g. a temporary code later replaced.")
    public List<DuplicateCandidatesView> duplicateCandidates() {
        return merges.duplicateCandidates().stream().map(group -> new DuplicateCandidatesView(
                group.get(0).firstName, group.get(0).lastName, group.get(0).birthDate,
                group.stream().map(c -> new DuplicateCandidatesView.Candidate(c.id, c.temporaryIdentityCode,
                        c.municipalityCode, c.registeredAt)).toList())).toList();
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(summary = "Merge a duplicate into this client", description = "Keeps the client of the path. The "
            + "merged client's id stays as an alias that resolves to the kept client, its records move to the kept "
            + "client, and ClientsMerged tells other services to re-point theirs. Both clients must have the same "
            + "birth date; a client already merged gets 409.")
    public Response merge(@PathParam("id") UUID id, @Valid @NotNull MergeRequest request) {
        Client kept = merges.merge(id, request.mergedClientId());
        return Response.ok(ClientView.of(kept)).tag(Versions.etag(kept.version)).build();
    }
}
