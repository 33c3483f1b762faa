package fi.polku.intake.rest;

import java.net.URI;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.intake.domain.Referral;
import fi.polku.intake.service.ReferralService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
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
    @Operation(operationId = "recordReferral", summary = "Record a referral",
            description = "How the client came (channel) and, unless on their own, the referring party. Emits "
                    + "ReferralReceived; "
            + "the referrer's contact details stay in this service.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    public Response create(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @Valid @NotNull ReferralRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            ReferralView created = ReferralView.of(referrals.receive(clientId, request.referral()));
            return Response.created(URI.create("/api/v1/clients/" + created.clientId()
                    + "/referrals/" + created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listReferrals", summary = "List a client's referrals",
            description = "Oldest first." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "A page of the client's referrals")
    public Page<ReferralView> list(@PathParam("clientId") UUID clientId, @Valid @BeanParam PageParameters page) {
        Page<Referral> found = referrals.list(clientId, page.request());
        return found.map(ReferralView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "getReferral", summary = "Read a referral",
            description = "One referral of the client; the id of a client merged into another finds it under "
                    + "the client kept.")
    @APIResponse(responseCode = "200", description = "The referral")
    public ReferralView get(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return ReferralView.of(referrals.get(clientId, id));
    }
}
