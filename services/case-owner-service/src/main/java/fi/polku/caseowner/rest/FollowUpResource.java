package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.service.ClientshipService;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;
import fi.polku.platform.time.ServiceTime;

@Path("/api/v1/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups", description = "Follow-up contacts (jälkikontaktointi) after a clientship closed")
public class FollowUpResource {

    private final ClientshipService clientships;
    private final ServiceTime time;

    public FollowUpResource(ClientshipService clientships, ServiceTime time) {
        this.clientships = clientships;
        this.time = time;
    }

    @GET
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listFollowUps",
            summary = "Follow-ups not yet done and due before the day, per professional, earliest first",
            description = "Only the clients the caller may see, a page at a time; follow `next` for the rest.")
    public Page<FollowUpView> due(
            @Parameter(description = "Follow-ups due before this day; defaults to tomorrow, i.e. everything due "
                    + "today or overdue", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "Only this professional's follow-ups",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("professionalId") String professionalId,
            @Valid @BeanParam PageParameters page) {
        LocalDate today = time.today();
        LocalDate before = QueryParams.date("dueBefore", dueBefore);
        return clientships.dueBefore(before == null ? today.plusDays(1) : before,
                QueryParams.uuid("professionalId", professionalId), page.request()).map(f -> FollowUpView.of(f, today));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "completeFollowUp", summary = "Record what the follow-up contact found",
            description = "NEEDS_SERVICES_AGAIN reopens the clientship with the same case owner where possible "
                    + "and emits ClientshipReopened; COULD_NOT_REACH needs the number of attempts. The client's "
                    + "satisfaction with the whole service package (1-10) and their own feedback may be recorded "
                    + "(not for COULD_NOT_REACH); the score goes out in FollowUpCompleted, the feedback stays here. "
                    + "Emits FollowUpCompleted.")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "422", description = "The follow-up was already completed")
    public FollowUpView complete(@PathParam("id") UUID id, @Valid @NotNull FollowUpCompletionRequest request) {
        return FollowUpView.of(clientships.complete(id, request.result()), time.today());
    }
}
