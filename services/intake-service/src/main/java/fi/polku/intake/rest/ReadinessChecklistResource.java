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

import fi.polku.intake.domain.ReadinessChecklist;
import fi.polku.intake.service.ReadinessChecklistService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/readiness-checklists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Readiness checklists", description = "Readiness for supported-employment coaching (seed 003 §7.3, "
                    + "LIITE 7)")
public class ReadinessChecklistResource {


    private final ReadinessChecklistService checklists;
    private final IdempotentCreate idempotentCreate;

    public ReadinessChecklistResource(ReadinessChecklistService checklists, IdempotentCreate idempotentCreate) {
        this.checklists = checklists;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "recordReadinessChecklist", summary = "Record a readiness checklist",
            description = "The 16 signs in three groups (motivation and attitude 4, timeliness and need 8, life "
                    + "situation 4), "
            + "each MET, NOT_MET or UNKNOWN with a note; signs left out are UNKNOWN. The result counts each group "
            + "and the whole as guidance: not every sign needs to hold. Emits ReadinessAssessed.")
    @APIResponse(responseCode = "201", description = "Recorded with the counts; Location is the checklist",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReadinessChecklistView.class)))
    public Response create(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull ReadinessChecklistRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            ReadinessChecklistView created = ReadinessChecklistView.of(checklists.assess(clientId, request.assessment()));
            return Response.created(URI.create("/api/v1/clients/" + created.clientId()
                    + "/readiness-checklists/" + created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listReadinessChecklists", summary = "List a client's readiness checklists",
            description = "Oldest first." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "A page of the client's readiness checklists")
    public Page<ReadinessChecklistView> list(@PathParam("clientId") UUID clientId,
            @Valid @BeanParam PageParameters page) {
        Page<ReadinessChecklist> found = checklists.list(clientId, page.request());
        return found.map(ReadinessChecklistView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "getReadinessChecklist", summary = "Read a readiness checklist",
            description = "One readiness checklist of the client; the id of a client merged into another finds it under "
                    + "the client kept.")
    @APIResponse(responseCode = "200", description = "The readiness checklist")
    public ReadinessChecklistView get(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return ReadinessChecklistView.of(checklists.get(clientId, id));
    }
}
