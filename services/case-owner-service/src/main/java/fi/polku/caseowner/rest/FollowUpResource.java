package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.service.ClientshipService;
import fi.polku.platform.security.Roles;

@Path("/api/v1/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups", description = "Follow-up contacts (jälkikontaktointi) after a clientship closed")
public class FollowUpResource {

    private final ClientshipService clientships;

    public FollowUpResource(ClientshipService clientships) {
        this.clientships = clientships;
    }

    @GET
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Follow-ups not yet done and due before the day, per professional, earliest first")
    public List<FollowUpView> due(
            @Parameter(description = "Follow-ups due before this day; defaults to tomorrow, i.e. everything due "
                    + "today or overdue") @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "Only this professional's follow-ups") @QueryParam("professionalId") String professionalId) {
        LocalDate today = LocalDate.now();
        LocalDate before = QueryParams.date("dueBefore", dueBefore);
        return clientships.dueBefore(before == null ? today.plusDays(1) : before,
                        QueryParams.uuid("professionalId", professionalId)).stream()
                .map(f -> FollowUpView.of(f, today)).toList();
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "Record what the follow-up contact found",
            description = "NEEDS_SERVICES_AGAIN reopens the clientship with the same case owner where possible "
                    + "and emits ClientshipReopened; COULD_NOT_REACH needs the number of attempts.")
    public FollowUpView complete(@PathParam("id") UUID id, @Valid @NotNull FollowUpCompletionRequest request) {
        return FollowUpView.of(clientships.complete(id, request), LocalDate.now());
    }
}
