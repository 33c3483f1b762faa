package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.service.GapQueries;
import fi.polku.platform.gaps.GapRule;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.security.Roles;
import fi.polku.platform.time.ServiceTime;

@Path("/api/v1/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gap watch", description = "Clients at risk of falling between services, right now")
public class GapResource {

    private static final String MUNICIPALITY = "^\\d{3}$";

    /** Every rule the gap watch applies (GapWatch); GapRulesDocumentedTest keeps the list complete. */
    static final String RULES = "Rules: NO_CASE_OWNER (the unassigned queue); OWNER_INACTIVE; OWNER_OVER_CASELOAD; "
            + "NO_RECENT_NEXT_STEP_OR_CONTACT (polku.gaps.quiet-days, default 30); SERVICE_STARTED_OWNER_NOT_INFORMED "
            + "(an assessment or coaching started and the case owner has not acknowledged it); FOLLOW_UP_OVERDUE; "
            + "AGREED_CASE_OWNER_NOT_APPLIED (the case owner agreed in an assessment could not be applied); "
            + "COACHING_REFERRAL_NOT_STARTED (a coaching referral still REQUESTED after its answer day, or declined by "
            + "the provider with its reason code and not sent elsewhere yet); ASSESSMENT_REFERRAL_NOT_STARTED (the "
            + "same for a case owner's referral to a work-ability team); CASE_OWNER_REFERRAL_NOT_ANSWERED (a job "
            + "coach's referral of the client back to the case owner still REQUESTED after its answer day); "
            + "COACHING_WITHOUT_ACTIVATION_PLAN (coaching or a work trial started and the activation plan does not "
            + "record it). The answer days are polku.referrals.answer-working-days (default 5) Finnish working days. "
            + "Longest first (earliest since), a page at a time.";

    private final GapQueries gaps;
    private final ServiceTime time;

    public GapResource(GapQueries gaps, ServiceTime time) {
        this.gaps = gaps;
        this.time = time;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "listGaps", summary = "Every client at risk now, each with the rule that flagged them and for how long",
            description = RULES)
    public Page<GapView> gaps(
            @Parameter(description = "Only clients of this municipality (Statistics Finland code)",
                    schema = @Schema(type = SchemaType.STRING, pattern = MUNICIPALITY))
            @QueryParam("municipality") String municipality,
            @Parameter(description = "Only this rule. The gap vocabulary is shared with reporting's flow report; "
                    + "ASSESSMENT_NOT_ATTENDED is counted there and never listed here", schema = @Schema(implementation = GapRule.class))
            @QueryParam("rule") String rule,
            @Valid @BeanParam PageParameters page) {
        // Both filters are checked together, so that a problem names every bad one.
        List<Violation> invalid = new ArrayList<>();
        if (municipality != null && !municipality.matches(MUNICIPALITY)) {
            invalid.add(new Violation("municipality", "must be a three-digit municipality code"));
        }
        GapRule gapRule = null;
        try {
            gapRule = QueryParams.enumValue("rule", rule, GapRule.class);
        } catch (ProblemException e) {
            invalid.add(new Violation("rule", "must be one of " + Arrays.toString(GapRule.values())));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        LocalDate today = time.today();
        return gaps.gaps(municipality, gapRule, page.request()).map(gap -> GapView.of(gap, today));
    }
}
