package fi.polku.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.intake.service.IntakeQueueService;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/intake/queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work lists", description = "So that nobody waits unnoticed")
public class IntakeQueueResource {

    private final IntakeQueueService queue;

    public IntakeQueueResource(IntakeQueueService queue) {
        this.queue = queue;
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listIntakeQueue", summary = "Clients waiting for intake",
            description = "Registered clients who are neither screened nor booked to the work-ability team, the "
                    + "longest waiting first (then by id), with how long each has waited: an intake worker's own "
                    + "clients; a coordinator sees all." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "A page of the clients waiting")
    public Page<IntakeQueueEntry> waiting(
            @Parameter(description = "Only clients of this municipality (Statistics Finland code, three digits)")
            @QueryParam("municipalityCode") @Pattern(regexp = "^\\d{3}$", message = "must be a three-digit "
                    + "municipality code") String municipalityCode,
            @Valid @BeanParam PageParameters page) {
        return queue.waiting(municipalityCode, page.request()).map(IntakeQueueEntry::of);
    }
}
