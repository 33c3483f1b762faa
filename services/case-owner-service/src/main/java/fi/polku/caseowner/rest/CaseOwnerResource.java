package fi.polku.caseowner.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.service.CaseOwnerQueries;
import fi.polku.caseowner.service.ReassignmentService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
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
    @Operation(operationId = "getClientCaseOwner",
            summary = "The client's case owner now, or UNASSIGNED while the client waits in the queue",
            description = "After closure, the owner at closure with clientshipOpen false. The ETag is the version "
                    + "to send in If-Match when reassigning.")
    @APIResponse(responseCode = "200", description = "The case owner",
            headers = @Header(name = "ETag", description = "The version, for If-Match when reassigning",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseOwnerView.class)))
    public Response get(@PathParam("clientId") UUID clientId) {
        CaseOwnerView view = CaseOwnerView.of(queries.caseOwnerOf(clientId));
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @PUT
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "reassignCaseOwner", summary = "Reassign the case owner manually, with a reason and a handover note",
            description = "Send the ETag of the case owner in If-Match. The new owner must be active. "
                    + "Emits CaseOwnerChanged (or CaseOwnerAssigned when the client waited in the queue).")
    @APIResponse(responseCode = "200", description = "Reassigned",
            headers = @Header(name = "ETag", description = "The new version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseOwnerView.class)))
    @APIResponse(responseCode = "422", description = "The clientship is closed, or the new owner does not exist, is "
            + "inactive or already owns the client")
    public Response reassign(@PathParam("clientId") UUID clientId, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ReassignmentRequest request) {
        CaseOwnerAssignment assignment = reassignments.reassign(clientId, ifMatch, request.reassignment());
        CaseOwnerView view = CaseOwnerView.of(queries.view(assignment));
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listCaseOwnerHistory",
            summary = "Every change of the client's case owner, oldest first, with who made it and why",
            description = "A page at a time; follow `next` for the rest.")
    public Page<CaseOwnerChangeView> history(@PathParam("clientId") UUID clientId,
            @Valid @BeanParam PageParameters page) {
        return queries.historyOf(clientId, page.request()).map(CaseOwnerChangeView::of);
    }
}
