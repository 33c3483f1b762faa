package fi.polku.caseowner.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.service.CareNetworkService;
import fi.polku.caseowner.service.ClientPlaces;
import fi.polku.caseowner.service.ClientProgressService;
import fi.polku.caseowner.service.ClientshipService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;
import fi.polku.platform.time.ServiceTime;

@Path("/api/v1/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clientship", description = "The client's care network, progress, place on the service map, closure and follow-up")
public class ClientshipResource {

    private final CareNetworkService network;
    private final ClientProgressService progress;
    private final ClientshipService clientships;
    private final ClientPlaces places;
    private final IdempotentCreate idempotentCreate;
    private final ServiceTime time;

    public ClientshipResource(CareNetworkService network, ClientProgressService progress,
            ClientshipService clientships, ClientPlaces places, IdempotentCreate idempotentCreate, ServiceTime time) {
        this.places = places;
        this.network = network;
        this.progress = progress;
        this.clientships = clientships;
        this.idempotentCreate = idempotentCreate;
        this.time = time;
    }

    @GET
    @Path("/network")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER, Roles.JOB_COACH})
    @Transactional
    @Operation(operationId = "listCareNetwork",
            summary = "The named persons around the client besides the case owner, current and ended",
            description = "By first day, a page at a time; follow `next` for the rest.")
    public Page<NetworkMemberView> network(@PathParam("clientId") UUID clientId,
            @Valid @BeanParam PageParameters page) {
        LocalDate today = time.today();
        return network.networkOf(clientId, page.request()).map(m -> NetworkMemberView.of(m, today));
    }

    @POST
    @Path("/network")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "addCareNetworkMember",
            summary = "Add a person to the client's care network; emits CareNetworkChanged (ADDED)",
            description = "Send an Idempotency-Key to make a retry safe.")
    @APIResponse(responseCode = "201", description = "Added; Location is the membership",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NetworkMemberView.class)))
    @APIResponse(responseCode = "422", description = "No professional has the professionalId, or the "
            + "Idempotency-Key was already used for a different request")
    public Response addMember(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull NetworkMemberRequest request) {
        // The client id is part of what a repeat must match: the same body for another client is another request.
        return idempotentCreate.execute(idempotencyKey, List.of(clientId, request), () -> {
            NetworkMemberView member = NetworkMemberView.of(network.add(clientId, request.member()), time.today());
            return Response.created(URI.create("/api/v1/clients/" + clientId + "/network/" + member.id()))
                    .entity(member).build();
        });
    }

    @DELETE
    @Path("/network/{memberId}")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "endCareNetworkMember",
            summary = "End a membership with an end date; it is never erased. Emits CareNetworkChanged (ENDED)",
            description = "Ending an ended membership changes nothing and answers it as it is.")
    public NetworkMemberView endMember(@PathParam("clientId") UUID clientId, @PathParam("memberId") UUID memberId,
            @Parameter(description = "The day the membership ends (exclusive); defaults to today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("until") String until,
            @Parameter(description = "Why it ends") @QueryParam("reason") @Size(max = 500) String reason) {
        return NetworkMemberView.of(network.end(clientId, memberId, QueryParams.date("until", until), reason), time.today());
    }

    @POST
    @Path("/next-steps")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "recordNextStep",
            summary = "Record the agreed next step and, optionally, a contact with the client",
            description = "Keeps the client off the gap watch's 'no recent next step or contact' rule.")
    public ClientProgressView recordNextStep(@PathParam("clientId") UUID clientId,
            @Valid @NotNull NextStepRequest request) {
        return ClientProgressView.of(progress.recordNextStep(clientId, request.command()), progress.caseOwnerOf(clientId));
    }

    @GET
    @Path("/service-starts")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listServiceStarts", summary = "Assessments and coaching that started for the client, "
            + "and whether the case owner acknowledged them",
            description = "Earliest first, a page at a time; follow `next` for the rest.")
    public Page<ServiceStartView> serviceStarts(@PathParam("clientId") UUID clientId,
            @Valid @BeanParam PageParameters page) {
        return progress.startsOf(clientId, page.request()).map(ServiceStartView::of);
    }

    @POST
    @Path("/service-starts/{startId}/acknowledgement")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "acknowledgeServiceStart",
            summary = "The case owner acknowledges that they know the assessment or coaching started",
            description = "Acknowledging twice keeps the first acknowledgement.")
    public ServiceStartView acknowledge(@PathParam("clientId") UUID clientId, @PathParam("startId") UUID startId) {
        return ServiceStartView.of(progress.acknowledge(clientId, startId));
    }

    @GET
    @Path("/places")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listServicePlaces",
            summary = "Where the client has been on the service map: every place, from the services' events, "
                    + "closures and reopenings, and the case owner's entries",
            description = "In the order recorded, a page at a time; follow `next` for the rest. The current place is "
                    + "on the client's progress (caseload, case owner view, gap watch).")
    public Page<ClientPlaceView> places(@PathParam("clientId") UUID clientId, @Valid @BeanParam PageParameters page) {
        return places.historyOf(clientId, page.request()).map(ClientPlaceView::of);
    }

    @GET
    @Path("/places/{placeId}")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "getServicePlace", summary = "One place the client came to on the service map")
    public ClientPlaceView place(@PathParam("clientId") UUID clientId, @PathParam("placeId") UUID placeId) {
        return ClientPlaceView.of(places.placeOf(clientId, placeId));
    }

    @POST
    @Path("/places")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "recordServicePlace",
            summary = "Record where on the service map the client is, as agreed with them (e.g. rehabilitative work "
                    + "activity, training, rehabilitation)",
            description = "It becomes the client's current place unless they are there already or it is older than "
                    + "the current place's day; either way it is kept in the history. A change emits "
                    + "ClientPlaceChanged. Send an Idempotency-Key to make a retry safe.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the place",
            headers = {
                    @Header(name = "Location", description = "The recorded place",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientPlaceView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used for a different request")
    public Response recordPlace(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @Valid @NotNull PlaceRequest request) {
        return idempotentCreate.execute(idempotencyKey, List.of(clientId, request), () -> {
            ClientPlaceView place = ClientPlaceView.of(places.record(clientId, request.place(), request.since()));
            return Response.created(URI.create("/api/v1/clients/" + clientId + "/places/" + place.id()))
                    .entity(place).build();
        });
    }

    @POST
    @Path("/closure")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "closeClientship",
            summary = "Close the clientship with a reason and schedule the follow-up contact",
            description = "The follow-up is due 1–3 months later (default 2); none when the client has died. "
                    + "The client's satisfaction with the whole service package (1-10) and their own feedback may be "
                    + "recorded; the score goes out in ClientshipClosed, the feedback stays here. "
                    + "Emits ClientshipClosed.")
    @APIResponse(responseCode = "200", description = "Closed; the follow-up scheduled, if any",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "422",
            description = "The clientship is already closed, or followUpInMonths was given for DECEASED")
    public ClosureView close(@PathParam("clientId") UUID clientId, @Valid @NotNull ClosureRequest request) {
        return ClosureView.of(clientships.close(clientId, request.closing()));
    }
}
