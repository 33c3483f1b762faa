package fi.polku.platform.access;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.platform.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;

@Path("/api/v1/emergency-accesses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emergency access")
@IfBuildProperty(name = "polku.access.client-data", stringValue = "true", enableIfMissing = true)
public class EmergencyAccessReviewResource {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final EmergencyAccesses emergencyAccesses;

    public EmergencyAccessReviewResource(EmergencyAccesses emergencyAccesses) {
        this.emergencyAccesses = emergencyAccesses;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.AUDITOR})
    @Transactional
    @Operation(summary = "Emergency accesses granted in a period, for supervisors' review",
            description = "Taken in any service. Days are Finnish calendar days, both inclusive; the default is the"
                    + " last 30 days.")
    public List<EmergencyAccess> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate last = to == null ? LocalDate.now(FINLAND) : to;
        return emergencyAccesses.grantedBetween(from == null ? last.minusDays(30) : from, last);
    }
}
