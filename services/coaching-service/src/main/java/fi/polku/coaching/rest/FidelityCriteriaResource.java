package fi.polku.coaching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.coaching.domain.FidelityCriteria;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Roles;

@Path("/api/v1/fidelity-criteria")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fidelity and fees")
public class FidelityCriteriaResource {

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST, Roles.JOB_COACH})
    @Operation(operationId = "listFidelityCriteria", summary = "The 25 criteria of the fidelity scale",
            description = "LIITE 1 of 003 as data: each item's section and title and, for the items scored by"
                    + " counting (5, 8, 10, 11, 13, 25), the sub-criteria and the score each count gives. By item"
                    + " number, paged.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<FidelityCriterionView> criteria(@Valid @BeanParam PageParameters page) {
        return Page.slice(FidelityCriteria.liite1().items(), page.request(), c -> PageKey.of(String.format("%02d",
                c.item()))).map(FidelityCriterionView::of);
    }

    @GET
    @Path("/{item}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST, Roles.JOB_COACH})
    @Operation(operationId = "getFidelityCriterion", summary = "One criterion of the fidelity scale, 1–25")
    @APIResponse(responseCode = "200", description = "The criterion",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FidelityCriterionView.class)))
    public FidelityCriterionView criterion(
            @Parameter(description = "The item number, 1–25",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "25"))
            @PathParam("item") String item) {
        return FidelityCriteria.liite1().item(itemNumber(item)).map(FidelityCriterionView::of)
                .orElseThrow(() -> ProblemException.invalidField("item", "must be an item number 1–25"));
    }

    private static int itemNumber(String item) {
        if (item == null || !item.matches("\\d{1,2}")) {
            throw ProblemException.invalidField("item", "must be an item number 1–25");
        }
        return Integer.parseInt(item);
    }
}
