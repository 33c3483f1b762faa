package fi.polku.caseowner.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.domain.GapRule;
import fi.polku.caseowner.service.GapQueries;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gap watch", description = "Clients at risk of falling between services, right now")
public class GapResource {

    private final GapQueries gaps;

    public GapResource(GapQueries gaps) {
        this.gaps = gaps;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "listGaps", summary = "Every client at risk now, each with the rule that flagged them and for how long",
            description = "Rules: NO_CASE_OWNER; OWNER_INACTIVE; OWNER_OVER_CASELOAD; NO_RECENT_NEXT_STEP_OR_CONTACT "
                    + "(polku.gaps.quiet-days, default 30); SERVICE_STARTED_OWNER_NOT_INFORMED (an assessment or "
                    + "coaching started and the case owner has not acknowledged it); FOLLOW_UP_OVERDUE. Longest first "
                    + "(earliest since), a page at a time; NO_CASE_OWNER lists the unassigned queue.")
    public Page<GapView> gaps(
            @Parameter(description = "Only clients of this municipality")
            @QueryParam("municipality") @Pattern(regexp = "^\\d{3}$", message = "must be a three-digit municipality code") String municipality,
            @Parameter(description = "Only this rule", schema = @Schema(implementation = GapRule.class))
            @QueryParam("rule") String rule,
            @Valid @BeanParam PageParameters page) {
        return gaps.gaps(municipality, QueryParams.enumValue("rule", rule, GapRule.class), page.request());
    }
}
