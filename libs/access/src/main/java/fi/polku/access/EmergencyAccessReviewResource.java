package fi.polku.access;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;
import fi.polku.platform.time.ServiceTime;
import io.quarkus.arc.properties.IfBuildProperty;

@Path("/api/v1/emergency-accesses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emergency access")
@IfBuildProperty(name = "polku.access.client-data", stringValue = "true", enableIfMissing = true)
public class EmergencyAccessReviewResource {

    private final EmergencyAccesses emergencyAccesses;
    private final ServiceTime time;

    public EmergencyAccessReviewResource(EmergencyAccesses emergencyAccesses, ServiceTime time) {
        this.emergencyAccesses = emergencyAccesses;
        this.time = time;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listEmergencyAccesses",
            summary = "Emergency accesses granted in a period, for supervisors' review",
            description = "Taken in any service, newest first. Days are Finnish calendar days, both inclusive; the"
                    + " default is the last 30 days.")
    public Page<EmergencyAccess> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageParameters page) {
        LocalDate last = to == null ? time.today() : to;
        return emergencyAccesses.grantedBetween(from == null ? last.minusDays(30) : from, last, page.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.AUDITOR, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "getEmergencyAccess", summary = "One emergency access",
            description = "For supervisors, and for the professional who took it (the grant's Location).")
    public EmergencyAccess get(@PathParam("id") UUID id) {
        return emergencyAccesses.get(id);
    }
}
