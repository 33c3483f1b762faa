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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.service.CareNetworkService;
import fi.polku.caseowner.service.ClientProgressService;
import fi.polku.caseowner.service.ClientshipService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clientship", description = "The client's care network, progress, closure and follow-up")
public class ClientshipResource {

    private final CareNetworkService network;
    private final ClientProgressService progress;
    private final ClientshipService clientships;
    private final IdempotentCreate idempotentCreate;

    public ClientshipResource(CareNetworkService network, ClientProgressService progress,
            ClientshipService clientships, IdempotentCreate idempotentCreate) {
        this.network = network;
        this.progress = progress;
        this.clientships = clientships;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @Path("/network")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER, Roles.JOB_COACH})
    @Transactional
    @Operation(summary = "The named persons around the client besides the case owner, current and ended")
    public List<NetworkMemberView> network(@PathParam("clientId") UUID clientId) {
        LocalDate today = LocalDate.now();
        return network.networkOf(clientId).stream().map(m -> NetworkMemberView.of(m, today)).toList();
    }

    @POST
    @Path("/network")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Add a person to the client's care network; emits CareNetworkChanged (ADDED)")
    public Response addMember(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull NetworkMemberRequest request) {
        // The client id is part of what a repeat must match: the same body for another client is another request.
        return idempotentCreate.execute(idempotencyKey, List.of(clientId, request), () -> {
            NetworkMemberView member = NetworkMemberView.of(network.add(clientId, request), LocalDate.now());
            return Response.created(URI.create("/api/v1/clients/" + clientId + "/network/" + member.id()))
                    .entity(member).build();
        });
    }

    @DELETE
    @Path("/network/{memberId}")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "End a membership with an end date; it is never erased. Emits CareNetworkChanged (ENDED)")
    public NetworkMemberView endMember(@PathParam("clientId") UUID clientId, @PathParam("memberId") UUID memberId,
            @Parameter(description = "The day the membership ends; defaults to today") @QueryParam("until") String until,
            @Parameter(description = "Why it ends") @QueryParam("reason") @Size(max = 500) String reason) {
        return NetworkMemberView.of(network.end(clientId, memberId, QueryParams.date("until", until), reason), LocalDate.now());
    }

    @POST
    @Path("/next-steps")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Record the agreed next step and, optionally, a contact with the client",
            description = "Keeps the client off the gap watch's 'no recent next step or contact' rule.")
    public ClientProgressView recordNextStep(@PathParam("clientId") UUID clientId,
            @Valid @NotNull NextStepRequest request) {
        return ClientProgressView.of(progress.recordNextStep(clientId, request));
    }

    @GET
    @Path("/service-starts")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Assessments and coaching that started for the client, and whether the case owner acknowledged them")
    public List<ServiceStartView> serviceStarts(@PathParam("clientId") UUID clientId) {
        return progress.startsOf(clientId).stream().map(ServiceStartView::of).toList();
    }

    @POST
    @Path("/service-starts/{startId}/acknowledgement")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "The case owner acknowledges that they know the assessment or coaching started")
    public ServiceStartView acknowledge(@PathParam("clientId") UUID clientId, @PathParam("startId") UUID startId) {
        return ServiceStartView.of(progress.acknowledge(clientId, startId));
    }

    @POST
    @Path("/closure")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Close the clientship with a reason and schedule the follow-up contact",
            description = "The follow-up is due 1–3 months later (default 2); none when the client has died. "
                    + "Emits ClientshipClosed.")
    public ClosureView close(@PathParam("clientId") UUID clientId, @Valid @NotNull ClosureRequest request) {
        return clientships.close(clientId, request);
    }
}
