package fi.polku.coaching.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.coaching.domain.Coach;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.service.EpisodeAccess;
import fi.polku.coaching.service.ProviderService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Roles;

@Path("/api/v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Coaching providers procured by an ELY centre, their contracts and coaches")
public class ProviderResource {

    private final ProviderService providers;
    private final EpisodeAccess access;
    private final IdempotentCreate idempotentCreate;

    public ProviderResource(ProviderService providers, EpisodeAccess access, IdempotentCreate idempotentCreate) {
        this.providers = providers;
        this.access = access;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "addProvider", summary = "Add a coaching provider with its ELY contract",
            description = "The business ID is validated with its check digit. Referrals waiting for this provider"
                    + " (or for any contracted provider) are taken up.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = {
                @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "409", description = "A provider with this business ID already exists")
    public Response create(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull ProviderRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Provider provider = providers.create(request.registration());
            return Response.created(URI.create("/api/v1/providers/" + provider.id))
                    .tag(Versions.etag(provider.version)).entity(ProviderView.of(provider)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST})
    @Transactional
    @Operation(operationId = "listProviders", summary = "List coaching providers",
            description = "By name (then id), paged.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<ProviderView> list(@Valid @BeanParam PageParameters page) {
        Page<Provider> found = providers.list(page.request());
        return found.map(ProviderView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST, Roles.JOB_COACH})
    @Transactional
    @Operation(operationId = "getProvider", summary = "Read a coaching provider",
            description = "A coach may read only their own provider.")
    @APIResponse(responseCode = "200", description = "The provider with its contract",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProviderView.class)))
    public Response get(@PathParam("id") UUID id) {
        Provider provider = providers.get(id);
        access.requireOwnProvider(provider);
        return Response.ok(ProviderView.of(provider)).tag(Versions.etag(provider.version)).build();
    }

    @POST
    @Path("/{id}/coaches")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "addCoach", summary = "Add a coach to a provider",
            description = "Referrals of the provider waiting for a coach with room are assigned.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = {
                @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CoachView.class)))
    public Response addCoach(@PathParam("id") UUID id, @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull CoachRequest request) {
        Provider provider = providers.get(id);
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Coach coach = providers.addCoach(provider, request.registration());
            return Response.created(URI.create("/api/v1/providers/" + id + "/coaches/" + coach.id))
                    .tag(Versions.etag(coach.version))
                    .entity(CoachView.of(coach, providers.activeCaseload(coach.id))).build();
        });
    }

    @GET
    @Path("/{id}/coaches")
    @RolesAllowed({Roles.COORDINATOR, Roles.JOB_COACH})
    @Transactional
    @Operation(operationId = "listCoaches", summary = "List a provider's coaches with their caseloads",
            description = "By name (then id), paged.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<CoachView> coaches(@PathParam("id") UUID id, @Valid @BeanParam PageParameters page) {
        Provider provider = providers.get(id);
        access.requireOwnProvider(provider);
        Page<Coach> found = providers.coaches(id, page.request());
        return found.map(c -> CoachView.of(c, providers.activeCaseload(c.id)));
    }

    @GET
    @Path("/{id}/coaches/{coachId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.JOB_COACH})
    @Transactional
    @Operation(operationId = "getCoach", summary = "Read a provider's coach with their caseload",
            description = "A coach may read only their own provider's coaches.")
    @APIResponse(responseCode = "200", description = "The coach",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CoachView.class)))
    public Response coach(@PathParam("id") UUID id, @PathParam("coachId") UUID coachId) {
        Provider provider = providers.get(id);
        access.requireOwnProvider(provider);
        Coach coach = providers.coach(coachId);
        if (!coach.providerId.equals(provider.id)) {
            throw ProblemException.notFound("Coach", coachId);
        }
        return Response.ok(CoachView.of(coach, providers.activeCaseload(coach.id))).tag(Versions.etag(coach.version))
                .build();
    }
}
