package fi.polku.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.assessment.domain.instrument.InstrumentDefinition;
import fi.polku.assessment.service.InstrumentCatalogue;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageParameters;
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
    @Operation(operationId = "listInstruments", summary = "Every instrument version in use", description = "Loaded "
            + "at start-up from the bundled definitions and the county's definition directory; by instrument id, "
            + "then version, a page at a time (follow `next`).")
    @APIResponse(responseCode = "200", description = "A page of the instrument definitions")
    public Page<InstrumentDefinition> list(@Valid @BeanParam PageParameters page) {
        return Page.slice(catalogue.all(), page.request(), d -> PageKey.of(d.id(), d.version()));
    }

    @GET
    @Path("/{instrument}/versions/{version}")
    @RolesAllowed({Roles.TEAM_MEMBER, Roles.CASE_OWNER, Roles.COORDINATOR, Roles.ANALYST})
    @Operation(operationId = "getInstrumentVersion", summary = "One version of an instrument",
            description = "Its scales and items with their answer ranges, as answers to it are validated.")
    @APIResponse(responseCode = "200", description = "The instrument definition")
    public InstrumentDefinition get(
            @Parameter(description = "The instrument's id, e.g. kykyviisari")
            @PathParam("instrument") String instrument,
            @Parameter(description = "The version, from 1") @PathParam("version") @Min(1) int version) {
        return catalogue.find(instrument, version)
                .orElseThrow(() -> ProblemException.notFound("Instrument version", instrument + " v" + version));
    }
}
