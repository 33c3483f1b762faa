package fi.polku.intake.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.intake.service.ConsentService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
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
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.JOB_COACH})
    @Transactional
    @Operation(operationId = "recordConsent", summary = "Record a consent",
            description = "The parties (organisation identifier, name, role), the purpose, the validity period and "
                    + "how the consent was given; the caller is recorded as the one who recorded it. A consent is "
                    + "never changed afterwards. Emits ConsentGranted. A coaching provider's job coach (`org` = the "
                    + "provider's business ID) records the consent the provider collected (seed 003 §4.1): only for a"
                    + " client the county has referred to the provider (an open coaching referral), only for "
                    + "SUPPORTED_EMPLOYMENT_COACHING and with the provider itself as every party; otherwise 403.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the consent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsentView.class)))
    public Response grant(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @Valid @NotNull ConsentRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            ConsentView created = ConsentView.of(consents.grant(clientId, request.consent()));
            return Response.created(URI.create("/api/v1/clients/" + created.clientId() + "/consents/"
                    + created.id())).entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listConsents", summary = "List a client's consents",
            description = "Oldest first, each with its status now and its withdrawal, if any." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "A page of the client's consents")
    public Page<ConsentView> list(@PathParam("clientId") UUID clientId, @Valid @BeanParam PageParameters page) {
        return consents.list(clientId, page.request()).map(ConsentView::of);
    }

    @GET
    @Path("/{consentId}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "getConsent", summary = "Read a consent",
            description = "With its status now and its withdrawal, if any. Ask for `text/html` for the printable"
                    + " consent form (seed 003 LIITE 2) with the form's statements, parties, purpose, validity, day"
                    + " and place and a signature line, in Finnish or (`lang=sv`) Swedish.")
    @APIResponse(responseCode = "200", description = "The consent, or (text/html) its printable form",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ConsentView.class)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING,
                        description = "A printable HTML consent form in Finnish or Swedish"))})
    public ConsentView get(@PathParam("clientId") UUID clientId, @PathParam("consentId") UUID consentId,
            @Parameter(description = "The language of the printable form (text/html only): fi (default) or sv")
            @QueryParam("lang") @Pattern(regexp = "^(fi|sv)$", message = "must be fi or sv") String lang) {
        return ConsentView.of(consents.get(clientId, consentId));
    }

    @GET
    @Path("/{consentId}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(hidden = true)
    public String printable(@PathParam("clientId") UUID clientId, @PathParam("consentId") UUID consentId,
            @QueryParam("lang") @Pattern(regexp = "^(fi|sv)$", message = "must be fi or sv") String lang) {
        return ConsentDocument.render(ConsentView.of(consents.get(clientId, consentId)), "sv".equals(lang));
    }

    @POST
    @Path("/{consentId}/withdrawal")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "withdrawConsent", summary = "Withdraw a consent from a given moment",
            description = "Records the withdrawal beside the consent, which itself stays as it was. A consent is "
                    + "withdrawn once: a second withdrawal gets 409. Emits ConsentWithdrawn.")
    @APIResponse(responseCode = "200", description = "The consent with its withdrawal")
    @APIResponse(responseCode = "409", description = "The consent was already withdrawn; `withdrawnFrom` says from "
            + "when")
    @APIResponse(responseCode = "422", description = "`withdrawnFrom` is before the consent was recorded")
    public ConsentView withdraw(@PathParam("clientId") UUID clientId, @PathParam("consentId") UUID consentId,
            @Valid @NotNull WithdrawalRequest request) {
        return ConsentView.of(consents.withdraw(clientId, consentId, request.withdrawal()));
    }
}
