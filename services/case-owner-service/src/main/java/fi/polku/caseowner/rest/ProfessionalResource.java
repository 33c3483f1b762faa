package fi.polku.caseowner.rest;

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

import fi.polku.caseowner.domain.BulkReassignmentReport;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.service.CaseOwnerQueries;
import fi.polku.caseowner.service.ProfessionalService;
import fi.polku.caseowner.service.ReassignmentService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;

@Path("/api/v1/professionals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Professionals", description = "The people who can be case owners and members of care networks")
public class ProfessionalResource {

    private final ProfessionalService professionals;
    private final IdempotentCreate idempotentCreate;
    private final CaseOwnerQueries queries;
    private final ReassignmentService reassignments;
    private final Caller caller;

    public ProfessionalResource(ProfessionalService professionals, IdempotentCreate idempotentCreate,
            CaseOwnerQueries queries, ReassignmentService reassignments, Caller caller) {
        this.professionals = professionals;
        this.idempotentCreate = idempotentCreate;
        this.queries = queries;
        this.reassignments = reassignments;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "addProfessional", summary = "Add a professional",
            description = "Send an Idempotency-Key to make a retry safe. The unassigned queue of the professional's "
                    + "municipalities is offered to the assignment rules at once.")
    @APIResponse(responseCode = "201", description = "Added; Location is the professional",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match on an update (absent on a replay)",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProfessionalView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used for a different request")
    public Response create(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull ProfessionalRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Professional professional = professionals.create(request.details());
            return Response.created(URI.create("/api/v1/professionals/" + professional.id))
                    .tag(Versions.etag(professional.version)).entity(ProfessionalView.of(professional)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "listProfessionals", summary = "List professionals, by name",
            description = "A page at a time; follow `next` for the rest.")
    public Page<ProfessionalView> list(@Valid @BeanParam PageParameters page) {
        return professionals.list(page.request()).map(ProfessionalView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "getProfessional", summary = "Read a professional",
            description = "The ETag is the version to send in If-Match when updating.")
    @APIResponse(responseCode = "200", description = "The professional",
            headers = @Header(name = "ETag", description = "The version, for If-Match on an update",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProfessionalView.class)))
    public Response get(@PathParam("id") UUID id) {
        Professional professional = professionals.get(id);
        return Response.ok(ProfessionalView.of(professional)).tag(Versions.etag(professional.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "updateProfessional",
            summary = "Update a professional, e.g. mark them inactive (leaving, long absence) with a reason",
            description = "Send the ETag in If-Match. When the professional can take clients afterwards, the "
                    + "unassigned queue of their municipalities is offered to the assignment rules again.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "The new version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProfessionalView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ProfessionalRequest request) {
        Professional professional = professionals.update(id, ifMatch, request.details());
        return Response.ok(ProfessionalView.of(professional)).tag(Versions.etag(professional.version)).build();
    }

    @GET
    @Path("/{id}/caseload")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "getCaseload", summary = "The professional's open clientships with each client's "
            + "stage and next step (\"assigned to me\")",
            description = "Longest owned first, a page at a time; only the clients the caller may see.")
    public Page<ClientProgressView> caseload(@PathParam("id") UUID id, @Valid @BeanParam PageParameters page) {
        return queries.caseloadOf(id, page.request()).map(ClientProgressView::of);
    }

    @GET
    @Path("/me/caseload")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "getMyCaseload", summary = "The caller's own work list: the caseload of the "
            + "professional whose userId is the caller's login subject",
            description = "As getCaseload: longest owned first, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of the caller's caseload",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageClientProgressView")))
    @APIResponse(responseCode = "404", description = "No professional has the caller's login subject as userId")
    public Page<ClientProgressView> myCaseload(@Valid @BeanParam PageParameters page) {
        return queries.caseloadOfUser(caller.subject(), page.request()).map(ClientProgressView::of);
    }

    @POST
    @Path("/{id}/reassignments")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "reassignCaseload", summary = "Move the professional's whole caseload in one transaction",
            description = "To the named successor while they have room, otherwise by the assignment rules; every "
                    + "client gets a handover note. Clients nobody can take go to the unassigned queue and are "
                    + "listed in notPlaced.")
    @APIResponse(responseCode = "200", description = "What moved where, and who waits in the queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReassignmentReport.class)))
    @APIResponse(responseCode = "422",
            description = "The successor does not exist, is inactive or is the leaving professional")
    public BulkReassignmentReport reassign(@PathParam("id") UUID id, @Valid @NotNull BulkReassignmentRequest request) {
        return reassignments.reassignCaseload(id, request.handover());
    }
}
