package fi.polku.intake.rest;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
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
import fi.polku.intake.service.ClientMergeService;
import fi.polku.intake.service.ClientService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "The client register of the service package")
public class ClientResource {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

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
    @Operation(operationId = "registerClient", summary = "Register a client",
            description = "A second registration of the same identity code returns 409 whose problem carries the "
                    + "existing client's id as `existingClientId` when the caller may know of that client. Send an "
                    + "Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Registered; Location is the client",
            headers = {
                @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION
                        + " (absent on an idempotent replay)", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "409", description = "A client with this identity code is already registered; "
            + "`existingClientId` names it (the client kept, if it was merged) to a caller with a basis for that client")
    public Response register(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull RegisterClientRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Client client = clients.register(request.registration());
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
    @Operation(operationId = "getClient", summary = "Read a client's details",
            description = "The id of a client merged into another answers the client kept, whose id is in the body.")
    @APIResponse(responseCode = "200", description = "The client",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientView.class)))
    public Response get(@PathParam("id") UUID id) {
        Client client = clients.get(id);
        return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(operationId = "updateClient", summary = "Update a client's details",
            description = "Replaces the changeable details. Requires If-Match with the current ETag: without it 428, "
                    + "a stale one 412.")
    @APIResponse(responseCode = "200", description = "The client as updated",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ClientDetails details) {
        Client client = clients.update(id, details.details(), ifMatch);
        return Response.ok(ClientView.of(client)).tag(Versions.etag(client.version)).build();
    }

    @POST
    @Path("/search")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "searchClients", summary = "Find a client by identity code",
            description = "The code travels in the body, never in the URL. Answers which client has the code (the"
                    + " client kept, if the code's client was merged), or 404; the answer opens no record and gives"
                    + " no access basis. At the front desk an intake worker may open the record with `intakeReason`"
                    + " (a short-lived INTAKE_LOOKUP basis to intake's data, in the client's access log as such)."
                    + " Every lookup, hit or miss, is logged for the auditor without the code"
                    + " (`listIdentityLookups`); a caller may make a limited number of lookups a minute"
                    + " (`polku.intake.lookup.limit`), beyond which the answer is 429 and the burst is flagged.")
    @APIResponse(responseCode = "200", description = "The client with this identity code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientIdView.class)))
    @APIResponse(responseCode = "404", description = "No client is registered with this identity code")
    @APIResponse(responseCode = "429", description = "The caller has made more lookups than allowed in the window;"
            + " the attempt is logged as part of a burst",
            headers = @Header(name = "Retry-After", description = "Seconds until the caller may look up again",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")))
    public ClientIdView search(@Valid @NotNull IdentityCodeQuery query) {
        return new ClientIdView(clients.findByIdentityCode(query.identityCode(), query.intakeReason()));
    }

    @POST
    @Path("/search-by-name")
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(operationId = "searchClientsByName", summary = "Find clients by name and birth date",
            description = "For an intake worker to find an existing client before registering a duplicate. The"
                    + " names and the birth date travel in the body, never in the URL. Answers the active clients"
                    + " with this first name, last name (both without regard to case) and birth date, by id and the"
                    + " least that tells them apart (municipality, day of registration, temporary code), the"
                    + " earliest registered first; the answer opens no record and gives no access basis, and each"
                    + " match shows in that client's access log as an identification. Every search is logged for"
                    + " the auditor like a lookup by identity code (`listIdentityLookups`, without what was looked"
                    + " up) and counts towards the same limit a minute, beyond which the answer is 429."
                    + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "A page of the clients matching; empty when none does")
    @APIResponse(responseCode = "429", description = "The caller has made more lookups than allowed in the window;"
            + " the attempt is logged as part of a burst",
            headers = @Header(name = "Retry-After", description = "Seconds until the caller may look up again",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")))
    public Page<NameSearchMatch> searchByName(@Valid @NotNull NameSearchQuery query,
            @Valid @BeanParam PageParameters page) {
        return clients.findByNameAndBirthDate(query.firstName(), query.lastName(),
                query.birthDate(), page.request()).map(client -> new NameSearchMatch(client.id,
                client.municipalityCode, client.registeredAt.atZoneSameInstant(FINLAND).toLocalDate(),
                client.temporaryIdentityCode));
    }

    @GET
    @Path("/duplicate-candidates")
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(operationId = "listDuplicateCandidates", summary = "List possible duplicates",
            description = "Groups of active clients the caller may see with the same first name, last name and birth "
                    + "date but different identity codes, e.g. a temporary code later replaced. Groups in the order "
                    + "their first member was registered; the members of a group oldest first." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "A page of groups")
    public Page<DuplicateCandidatesView> duplicateCandidates(@Valid @BeanParam PageParameters page) {
        Page<List<Client>> groups = merges.duplicateCandidates(page.request());
        return groups.map(group -> new DuplicateCandidatesView(
                group.get(0).firstName, group.get(0).lastName, group.get(0).birthDate,
                group.stream().map(c -> new DuplicateCandidatesView.Candidate(c.id, c.temporaryIdentityCode,
                        c.municipalityCode, c.registeredAt)).toList()));
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(operationId = "mergeClients", summary = "Merge a duplicate into this client",
            description = "Keeps the client of the path. The merged client's id stays as an alias that resolves to "
                    + "the kept client, its records move to the kept client, and ClientsMerged tells other services "
                    + "to re-point theirs. Both clients must be active and have the same birth date (else 422); a "
                    + "client already merged gets 409.")
    @APIResponse(responseCode = "200", description = "The client kept",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "409", description = "The client to merge was already merged; `mergedInto` names "
            + "the client it was merged into")
    @APIResponse(responseCode = "422", description = "The client of the path was itself merged, or `mergedClientId` "
            + "is the same client, does not exist or has another birth date")
    public Response merge(@PathParam("id") UUID id, @Valid @NotNull MergeRequest request) {
        Client kept = merges.merge(id, request.mergedClientId());
        return Response.ok(ClientView.of(kept)).tag(Versions.etag(kept.version)).build();
    }
}
