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

import fi.polku.intake.domain.InitialInterview;
import fi.polku.intake.service.InitialInterviewService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/initial-interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Initial interviews", description = "The initial interview (alkuhaastattelu) of the intake service")
public class InitialInterviewResource {


    private final InitialInterviewService interviews;
    private final IdempotentCreate idempotentCreate;

    public InitialInterviewResource(InitialInterviewService interviews, IdempotentCreate idempotentCreate) {
        this.interviews = interviews;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.INTAKE_WORKER)
    @Transactional
    @Operation(operationId = "recordInitialInterview", summary = "Record an initial interview",
            description = "Date, professional, topics covered (service guidance, advice, benefits counselling), "
                    + "a summary and "
            + "the client's own goal in their words.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the interview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InitialInterviewView.class)))
    public Response create(@PathParam("clientId") UUID clientId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull InitialInterviewRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            InitialInterviewView created = InitialInterviewView.of(interviews.record(clientId, request.interview()));
            return Response.created(URI.create("/api/v1/clients/" + created.clientId()
                    + "/initial-interviews/" + created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listInitialInterviews", summary = "List a client's initial interviews",
            description = "Oldest first." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "A page of the client's initial interviews")
    public Page<InitialInterviewView> list(@PathParam("clientId") UUID clientId,
            @Valid @BeanParam PageParameters page) {
        Page<InitialInterview> found = interviews.list(clientId, page.request());
        return found.map(InitialInterviewView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "getInitialInterview", summary = "Read an initial interview",
            description = "One initial interview of the client; the id of a client merged into another finds it under "
                    + "the client kept.")
    @APIResponse(responseCode = "200", description = "The initial interview")
    public InitialInterviewView get(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return InitialInterviewView.of(interviews.get(clientId, id));
    }
}
