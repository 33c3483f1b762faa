package fi.polku.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.platform.security.Roles;
import fi.polku.reporting.domain.AssessmentReport;
import fi.polku.reporting.domain.ClientsReport;
import fi.polku.reporting.domain.CoachingReport;
import fi.polku.reporting.domain.FlowReport;
import fi.polku.reporting.domain.ReferralsReport;
import fi.polku.reporting.domain.SatisfactionReport;
import fi.polku.reporting.domain.SegmentsReport;
import fi.polku.reporting.service.ReportService;

/**
 * The outcome reports, as JSON or (with {@code Accept: text/csv}) CSV. Counts of 1-4 clients are shown as "<5",
 * cells withheld so that they cannot be recovered from the totals as ".."; no report carries client ids.
 */
@Path("/api/v1/reports")
@Produces({MediaType.APPLICATION_JSON, CsvReportWriter.TEXT_CSV})
@RolesAllowed(Roles.ANALYST)
@Transactional
@Tag(name = "Reports", description = "Outcome reports from the event streams, JSON or CSV, small numbers suppressed")
public class ReportResource {

    private static final String YEAR = "Only this year: its months or quarters, and for segments and flow the "
            + "clients registered in it (a cohort); every year when left out";

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/clients")
    @Operation(summary = "Clients registered, active at month end and closed, per municipality and month")
    public ClientsReport clients(@QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.clients(year);
    }

    @GET
    @Path("/referrals")
    @Operation(summary = "Referrals per referring party and channel, and per month")
    public ReferralsReport referrals(@QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.referrals(year);
    }

    @GET
    @Path("/segments")
    @Operation(summary = "Clients by the segment of their latest screening")
    public SegmentsReport segments(@QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.segments(year);
    }

    @GET
    @Path("/flow")
    @Operation(summary = "Funnel, days from registration to each step (median, p90), ping-pong index, gaps now")
    public FlowReport flow(@QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.flow(year);
    }

    @GET
    @Path("/assessments")
    @Operation(summary = "Work-ability estimates, recommended services, instrument (Kykyviisari) change per scale")
    public AssessmentReport assessments() {
        return reports.assessments();
    }

    @GET
    @Path("/coaching")
    @Operation(summary = "Coaching per provider: clients, outcomes, employment, quarterly employment rate against "
            + "the IPS benchmarks, fees per quarter, latest fidelity review")
    public CoachingReport coaching(@QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.coaching(year);
    }

    @GET
    @Path("/satisfaction")
    @Operation(summary = "Client satisfaction (1-10), overall and per provider")
    public SatisfactionReport satisfaction() {
        return reports.satisfaction();
    }
}
