package fi.polku.caseowner.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.service.CaseOwnerQueries;
import fi.polku.caseowner.service.ReassignmentService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/case-owner")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Case owner", description = "The named person responsible for a client's whole clientship")
public class CaseOwnerResource {

    private final CaseOwnerQueries queries;
    private final ReassignmentService reassignments;

    public CaseOwnerResource(CaseOwnerQueries queries, ReassignmentService reassignments) {
        this.queries = queries;
        this.reassignments = reassignments;
    }

    @GET
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER, Roles.JOB_COACH})
    @Transactional
    @Operation(summary = "The client's case owner now, or UNASSIGNED while the client waits in the queue")
    public Response get(@PathParam("clientId") UUID clientId) {
        CaseOwnerView view = queries.caseOwnerOf(clientId);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @PUT
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER})
    @Transactional
    @Operation(summary = "Reassign the case owner manually, with a reason and a handover note",
            description = "Send the ETag of the case owner in If-Match. The new owner must be active. "
                    + "Emits CaseOwnerChanged (or CaseOwnerAssigned when the client waited in the queue).")
    public Response reassign(@PathParam("clientId") UUID clientId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ReassignmentRequest request) {
        CaseOwnerAssignment assignment = reassignments.reassign(clientId, ifMatch, request);
        CaseOwnerView view = queries.view(assignment);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Every change of the client's case owner, oldest first, with who made it and why")
    public List<CaseOwnerChangeView> history(@PathParam("clientId") UUID clientId) {
        return queries.historyOf(clientId).stream().map(CaseOwnerChangeView::of).toList();
    }
}
