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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.platform.security.Roles;
import fi.polku.reporting.domain.AssessmentReport;
import fi.polku.reporting.domain.ClientGroupsReport;
import fi.polku.reporting.domain.ClientsReport;
import fi.polku.reporting.domain.CoachingReport;
import fi.polku.reporting.domain.FlowReport;
import fi.polku.reporting.domain.PeerSupportReport;
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

    private static final String YEAR = "Only this year: its months or quarters, and for segments, client groups and flow the "
            + "clients registered in it (a cohort); every year when left out";

    private static final String SUPPRESSION = "Counts of 1-4 show as \"<5\", cells withheld so that they cannot "
            + "be worked out from the totals as \"..\"; medians, means and rates below five clients are null. "
            + "Answers the whole report at once (no paging: its tables are suppressed as a whole and bounded by "
            + "code sets and periods).";

    /** What every report answers with {@code Accept: text/csv} (written by {@link CsvReportWriter}). */
    static final String CSV = "RFC 4180 CSV (UTF-8, CRLF line ends): the header line `table,row,column,value`, then "
            + "one line per figure; a suppressed count is `<5` or `..`, and so is a withheld median, rate or amount; "
            + "text a spreadsheet would run as a formula starts with an apostrophe";

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/clients")
    @Operation(operationId = "getClientsReport",
            description = "Three cross tables (registered in the month, active at month end, closed in the month) with municipality "
                    + "code rows and month columns. With year, its months up to the current one; otherwise every month in "
                    + "which a client registered or a clientship closed. " + SUPPRESSION,
            summary = "Clients registered, active at month end and closed, per municipality and month")
    @APIResponse(responseCode = "200", description = "The clients report, as JSON or (Accept: text/csv) as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientsReport.class)),
                @Content(mediaType = CsvReportWriter.TEXT_CSV,
                        schema = @Schema(type = SchemaType.STRING, description = CSV))})
    public ClientsReport clients(@QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.clients(year);
    }

    @GET
    @Path("/referrals")
    @Operation(operationId = "getReferralsReport",
            description = "Referrals per referring party and channel (a cross table) and per month (a count list), from "
                    + "ReferralReceived. " + SUPPRESSION,
            summary = "Referrals per referring party and channel, and per month")
    @APIResponse(responseCode = "200", description = "The referrals report, as JSON or (Accept: text/csv) as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralsReport.class)),
                @Content(mediaType = CsvReportWriter.TEXT_CSV,
                        schema = @Schema(type = SchemaType.STRING, description = CSV))})
    public ReferralsReport referrals(@QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.referrals(year);
    }

    @GET
    @Path("/segments")
    @Operation(operationId = "getSegmentsReport",
            description = "Clients counted by the segment of their latest screening; with year, the clients registered in it. "
                    + SUPPRESSION,
            summary = "Clients by the segment of their latest screening")
    @APIResponse(responseCode = "200", description = "The segments report, as JSON or (Accept: text/csv) as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SegmentsReport.class)),
                @Content(mediaType = CsvReportWriter.TEXT_CSV,
                        schema = @Schema(type = SchemaType.STRING, description = CSV))})
    public SegmentsReport segments(@QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.segments(year);
    }

    @GET
    @Path("/client-groups")
    @Operation(operationId = "getClientGroupsReport",
            description = "Clients counted by client group (new client seeking services, person outside services, "
                    + "client already in services) and job-seeker registration (TE office, municipal employment "
                    + "services, not registered), as intake recorded them (unknown where it did not); with year, the "
                    + "clients registered in it. " + SUPPRESSION,
            summary = "Clients by client group and job-seeker registration")
    @APIResponse(responseCode = "200", description = "The client groups report, as JSON or (Accept: text/csv) as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientGroupsReport.class)),
                @Content(mediaType = CsvReportWriter.TEXT_CSV,
                        schema = @Schema(type = SchemaType.STRING, description = CSV))})
    public ClientGroupsReport clientGroups(
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.clientGroups(year);
    }

    @GET
    @Path("/flow")
    @Operation(operationId = "getFlowReport",
            description = "The funnel (registered, case owner, screening, team assessment, coaching start, employed), days from "
                    + "registration to each step (median, p90), the days-to-case-owner distribution, the ping-pong index, "
                    + "the clients in a gap now and the open clientships per place on the service map now with the days "
                    + "there (median, p90); with year, the clients registered in it. " + SUPPRESSION,
            summary = "Funnel, days from registration to each step (median, p90), ping-pong index, gaps now, where the "
                    + "clients are now")
    @APIResponse(responseCode = "200", description = "The flow report, as JSON or (Accept: text/csv) as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FlowReport.class)),
                @Content(mediaType = CsvReportWriter.TEXT_CSV,
                        schema = @Schema(type = SchemaType.STRING, description = CSV))})
    public FlowReport flow(@QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.flow(year);
    }

    @GET
    @Path("/assessments")
    @Operation(operationId = "getAssessmentsReport",
            description = "Work-ability estimates and recommended services of the concluded team assessments, and the change of "
                    + "each instrument scale (Kykyviisari) between the first and latest time point. " + SUPPRESSION,
            summary = "Work-ability estimates, recommended services, instrument (Kykyviisari) change per scale")
    @APIResponse(responseCode = "200", description = "The assessments report, as JSON or (Accept: text/csv) as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentReport.class)),
                @Content(mediaType = CsvReportWriter.TEXT_CSV,
                        schema = @Schema(type = SchemaType.STRING, description = CSV))})
    public AssessmentReport assessments() {
        return reports.assessments();
    }

    @GET
    @Path("/coaching")
    @Operation(operationId = "getCoachingReport",
            description = "Per provider: clients coached, outcomes, clients employed in the open labour market, the quarterly "
                    + "employment rate against the IPS benchmarks (31/41/50 %), fees per quarter and fee type, and the "
                    + "latest fidelity review with computed indicators. " + SUPPRESSION,
            summary = "Coaching per provider: clients, outcomes, employment, quarterly employment rate against "
            + "the IPS benchmarks, fees per quarter, latest fidelity review")
    @APIResponse(responseCode = "200", description = "The coaching report, as JSON or (Accept: text/csv) as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CoachingReport.class)),
                @Content(mediaType = CsvReportWriter.TEXT_CSV,
                        schema = @Schema(type = SchemaType.STRING, description = CSV))})
    public CoachingReport coaching(@QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.coaching(year);
    }

    @GET
    @Path("/peer-support")
    @Operation(operationId = "getPeerSupportReport",
            description = "Clients who had peer support (a peer coach, vertaisvalmentaja, in their care network: "
                    + "CareNetworkChanged with role PEER_COACH) on some day of the period and of each quarter; with "
                    + "year, its quarters up to the current one, otherwise every quarter since the first peer "
                    + "support. " + SUPPRESSION,
            summary = "Clients who had peer support, in the period and per quarter")
    @APIResponse(responseCode = "200", description = "The peer support report, as JSON or (Accept: text/csv) as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PeerSupportReport.class)),
                @Content(mediaType = CsvReportWriter.TEXT_CSV,
                        schema = @Schema(type = SchemaType.STRING, description = CSV))})
    public PeerSupportReport peerSupport(
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR) Integer year) {
        return reports.peerSupport(year);
    }

    @GET
    @Path("/satisfaction")
    @Operation(operationId = "getSatisfactionReport",
            description = "Client satisfaction scores (1-10) recorded with the coaching outcomes: the distribution, the mean, "
                    + "the answers and mean per provider; next to them, the satisfaction with the whole service "
                    + "package asked at the case owner's closure and at the follow-up contact (ClientshipClosed, "
                    + "FollowUpCompleted): answers per occasion, the distribution and the mean, all withheld (null) "
                    + "below five answers. " + SUPPRESSION,
            summary = "Client satisfaction (1-10) with coaching, per provider, and with the whole service package")
    @APIResponse(responseCode = "200", description = "The satisfaction report, as JSON or (Accept: text/csv) as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SatisfactionReport.class)),
                @Content(mediaType = CsvReportWriter.TEXT_CSV,
                        schema = @Schema(type = SchemaType.STRING, description = CSV))})
    public SatisfactionReport satisfaction() {
        return reports.satisfaction();
    }
}
