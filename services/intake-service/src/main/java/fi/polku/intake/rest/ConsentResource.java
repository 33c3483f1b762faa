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

import fi.polku.intake.service.ConsentService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "The client's consents to exchange of data between named parties")
public class ConsentResource {

    private final ConsentService consents;
    private final IdempotentCreate idempotentCreate;

    public ConsentResource(ConsentService consents, IdempotentCreate idempotentCreate) {
        this.consents = consents;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "Record a consent",
            description = "The parties (organisation identifier, name, role), the purpose, the validity period and "
                    + "how the consent was given; the caller is recorded as the one who recorded it. A consent is "
                    + "never changed afterwards. Emits ConsentGranted.")
    public Response grant(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @Valid @NotNull ConsentRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            ConsentView created = consents.grant(clientId, request);
            return Response.created(URI.create("/api/v1/clients/" + created.clientId() + "/consents/"
                    + created.id())).entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "List a client's consents", description = "Oldest first, each with its status now and its "
            + "withdrawal, if any.")
    public List<ConsentView> list(@PathParam("clientId") UUID clientId) {
        return consents.list(clientId);
    }

    @GET
    @Path("/{consentId}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Read a consent")
    public ConsentView get(@PathParam("clientId") UUID clientId, @PathParam("consentId") UUID consentId) {
        return consents.get(clientId, consentId);
    }

    @POST
    @Path("/{consentId}/withdrawal")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "Withdraw a consent from a given moment",
            description = "Records the withdrawal beside the consent, which itself stays as it was. A consent is "
                    + "withdrawn once: a second withdrawal gets 409. Emits ConsentWithdrawn.")
    public ConsentView withdraw(@PathParam("clientId") UUID clientId, @PathParam("consentId") UUID consentId,
            @Valid @NotNull WithdrawalRequest request) {
        return consents.withdraw(clientId, consentId, request);
    }
}
