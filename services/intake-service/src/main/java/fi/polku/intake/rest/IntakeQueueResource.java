package fi.polku.intake.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.intake.service.IntakeQueueService;
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
    @Operation(summary = "Clients waiting for intake", description = "Registered clients who are neither screened "
            + "nor booked to the work-ability team, the longest waiting first, with how long each has waited.")
    public List<IntakeQueueEntry> waiting(
            @Parameter(description = "Only clients of this municipality (Statistics Finland code)")
            @QueryParam("municipalityCode") @Pattern(regexp = "\\d{3}", message = "must be a three-digit "
                    + "municipality code") String municipalityCode,
            @Parameter(description = "At most this many clients (1-500)")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return queue.waiting(municipalityCode, limit);
    }
}
