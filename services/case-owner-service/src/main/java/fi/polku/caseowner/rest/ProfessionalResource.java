package fi.polku.caseowner.rest;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.service.CaseOwnerQueries;
import fi.polku.caseowner.service.ProfessionalService;
import fi.polku.caseowner.service.ReassignmentService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
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
    @Operation(summary = "Add a professional")
    public Response create(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull ProfessionalRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Professional professional = professionals.create(request);
            return Response.created(URI.create("/api/v1/professionals/" + professional.id))
                    .tag(Versions.etag(professional.version)).entity(ProfessionalView.of(professional)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(summary = "List professionals")
    public List<ProfessionalView> list() {
        return professionals.list().stream().map(ProfessionalView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(summary = "Read a professional")
    public Response get(@PathParam("id") UUID id) {
        Professional professional = professionals.get(id);
        return Response.ok(ProfessionalView.of(professional)).tag(Versions.etag(professional.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Update a professional, e.g. mark them inactive (leaving, long absence) with a reason",
            description = "Send the ETag in If-Match. When the professional can take clients afterwards, the "
                    + "unassigned queue of their municipalities is offered to the assignment rules again.")
    public Response update(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ProfessionalRequest request) {
        Professional professional = professionals.update(id, ifMatch, request);
        return Response.ok(ProfessionalView.of(professional)).tag(Versions.etag(professional.version)).build();
    }

    @GET
    @Path("/{id}/caseload")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "The professional's open clientships with each client's stage and next step "
            + "(\"assigned to me\")")
    public CaseloadView caseload(@PathParam("id") UUID id) {
        return queries.caseloadOf(id);
    }

    @GET
    @Path("/me/caseload")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "The caller's own work list: the caseload of the professional whose userId is the "
            + "caller's login subject")
    public CaseloadView myCaseload() {
        return queries.caseloadOfUser(caller.subject());
    }

    @POST
    @Path("/{id}/reassignments")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Move the professional's whole caseload in one transaction",
            description = "To the named successor while they have room, otherwise by the assignment rules; every "
                    + "client gets a handover note. Clients nobody can take go to the unassigned queue and are "
                    + "listed in notPlaced.")
    public BulkReassignmentReport reassign(@PathParam("id") UUID id, @Valid @NotNull BulkReassignmentRequest request) {
        return reassignments.reassignCaseload(id, request);
    }
}
