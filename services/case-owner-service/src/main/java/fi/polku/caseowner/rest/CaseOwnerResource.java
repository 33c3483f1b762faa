package fi.polku.caseowner.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.service.CaseOwnerQueries;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/case-owner")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case owner", description = "The named person responsible for a client's whole clientship")
public class CaseOwnerResource {

    private final CaseOwnerQueries queries;

    public CaseOwnerResource(CaseOwnerQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER, Roles.JOB_COACH})
    @Transactional
    @Operation(summary = "The client's case owner now, or UNASSIGNED while the client waits in the queue")
    public CaseOwnerView get(@PathParam("clientId") UUID clientId) {
        return queries.caseOwnerOf(clientId);
    }
}
