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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.intake.service.ReferralService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "How clients came to the service and who referred them")
public class ReferralResource {

    private final ReferralService referrals;
    private final IdempotentCreate idempotentCreate;

    public ReferralResource(ReferralService referrals, IdempotentCreate idempotentCreate) {
        this.referrals = referrals;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(summary = "Record a referral",
            description = "How the client came (channel) and, unless on their own, the referring party. Emits "
                    + "ReferralReceived; "
            + "the referrer's contact details stay in this service.")
    public Response create(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @Valid @NotNull ReferralRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            ReferralView created = ReferralView.of(referrals.receive(clientId, request));
            return Response.created(URI.create("/api/v1/clients/" + created.clientId()
                    + "/referrals/" + created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "List a client's referrals", description = "Oldest first.")
    public List<ReferralView> list(@PathParam("clientId") UUID clientId) {
        return referrals.list(clientId).stream().map(ReferralView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Read a referral")
    public ReferralView get(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return ReferralView.of(referrals.get(clientId, id));
    }
}
