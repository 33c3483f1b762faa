package fi.polku.assessment.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fi.polku.assessment.domain.Investigation;
import fi.polku.assessment.service.InvestigationService;
import fi.polku.assessment.service.TeamWorkList;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/investigations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Client plans and trends")
public class InvestigationResource {

    private final InvestigationService investigations;
    private final TeamWorkList workList;

    public InvestigationResource(InvestigationService investigations, TeamWorkList workList) {
        this.investigations = investigations;
        this.workList = workList;
    }

    @GET
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "listWaitingInvestigations",
            summary = "The further investigations the team's open assessments wait on",
            description = "The team member's work list of pending investigations intake requested with the booking "
                    + "of an upcoming or open assessment (SCHEDULED, IN_PROGRESS, CLIENT_DID_NOT_ATTEND) of the "
                    + "caller's teams; only clients the caller may see. The earliest requested first, a page at a "
                    + "time (follow `next`). A caller in no team, or not in the team asked for, gets 403.")
    @APIResponse(responseCode = "200", description = "A page of pending investigations")
    public Page<InvestigationView> waiting(
            @Parameter(description = "Only this team's; it must be a team the caller is an active member of. Leave "
                    + "out for all of the caller's teams") @QueryParam("teamId") UUID teamId,
            @Valid @BeanParam PageParameters page) {
        Page<Investigation> found = workList.waitingInvestigations(teamId, page.request());
        return found.map(InvestigationView::of);
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed(Roles.TEAM_MEMBER)
    @Transactional
    @Operation(operationId = "completeInvestigation",
            summary = "Record that a further investigation is done, with a summary of its result",
            description = "Completing twice is 422.")
    @APIResponse(responseCode = "200", description = "Completed",
            headers = @Header(name = "ETag", description = "The investigation's new version",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "The investigation was already completed")
    public RestResponse<InvestigationView> complete(@PathParam("id") UUID id,
            @Parameter(description = "The investigation's ETag (its `version`, from the client's investigation "
                    + "list). Checked when sent: a stale ETag is 412. The service also accepts the completion "
                    + "without it; send it so that a concurrent change is not overwritten.",
                    schema = @Schema(type = SchemaType.STRING, pattern = AssessmentResource.ETAG_PATTERN))
            @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull InvestigationCompletion completion) {
        Investigation investigation = investigations.complete(id, completion.summary(), completion.completedOn(),
                ifMatch);
        return RestResponse.ResponseBuilder.ok(InvestigationView.of(investigation))
                .tag(Versions.etag(investigation.version)).build();
    }
}
