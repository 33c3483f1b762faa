package fi.polku.assessment.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.assessment.domain.instrument.InstrumentDefinition;
import fi.polku.assessment.service.InstrumentCatalogue;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Roles;

@Path("/api/v1/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments", description = "Assessment instruments as versioned data: scales, items, answer ranges")
public class InstrumentResource {

    private final InstrumentCatalogue catalogue;

    public InstrumentResource(InstrumentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER, Roles.COORDINATOR, Roles.ANALYST})
    @Operation(summary = "Every instrument version in use", description = "Loaded at start-up from the bundled "
            + "definitions and the county's definition directory.")
    public List<InstrumentDefinition> list() {
        return catalogue.all();
    }

    @GET
    @Path("/{instrument}/versions/{version}")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER, Roles.COORDINATOR, Roles.ANALYST})
    @Operation(summary = "One version of an instrument")
    public InstrumentDefinition get(@PathParam("instrument") String instrument, @PathParam("version") @Min(1) int version) {
        return catalogue.find(instrument, version).orElseThrow(() -> ProblemException.notFound("Instrument version", instrument + " v" + version));
    }
}
