package fi.polku.reporting.service;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.platform.time.ServiceTime;
import fi.polku.reporting.domain.AssessmentReport;
import fi.polku.reporting.domain.ClientGroupsReport;
import fi.polku.reporting.domain.ClientPath;
import fi.polku.reporting.domain.ClientsReport;
import fi.polku.reporting.domain.CoachingReport;
import fi.polku.reporting.domain.FlowReport;
import fi.polku.reporting.domain.PeerSupportReport;
import fi.polku.reporting.domain.Periods;
import fi.polku.reporting.domain.ReferralsReport;
import fi.polku.reporting.domain.SatisfactionReport;
import fi.polku.reporting.domain.SegmentsReport;
import fi.polku.reporting.repository.ReportRepository;

/** Builds each report from the projections; the computations and the suppression live in the report classes. */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final ServiceTime time;

    public ReportService(ReportRepository reports, ServiceTime time) {
        this.reports = reports;
        this.time = time;
    }

    public ClientsReport clients(Integer year) {
        return ClientsReport.of(reports.registeredClients(), year, time.timestamp());
    }

    public ReferralsReport referrals(Integer year) {
        return ReferralsReport.of(reports.referrals().stream()
                        .filter(r -> year == null || Periods.day(r.receivedAt()).getYear() == year).toList(),
                time.timestamp());
    }

    /** @param year the registration year of the clients (a cohort); all clients when null */
    public SegmentsReport segments(Integer year) {
        return SegmentsReport.of(cohort(year), time.timestamp());
    }

    /** @param year the registration year of the clients (a cohort); all clients when null */
    public ClientGroupsReport clientGroups(Integer year) {
        return ClientGroupsReport.of(reports.clientCategories().stream()
                        .filter(c -> year == null || Periods.day(c.registeredAt()).getYear() == year).toList(),
                time.timestamp());
    }

    /** @param year the registration year of the clients (a cohort); all clients when null */
    public FlowReport flow(Integer year) {
        return FlowReport.of(cohort(year), time.timestamp());
    }

    private List<ClientPath> cohort(Integer year) {
        return reports.registeredClients().stream()
                .filter(c -> year == null || Periods.day(c.registeredAt()).getYear() == year).toList();
    }

    public AssessmentReport assessments() {
        return AssessmentReport.of(reports.latestEstimates(), reports.recommendedServices(), reports.instrumentScores(),
                time.timestamp());
    }

    public CoachingReport coaching(Integer year) {
        return CoachingReport.of(reports.episodes(), reports.outcomes(), reports.jobs(), reports.fees(),
                reports.registeredClients(), reports.latestFidelityReviews(), year, time.timestamp());
    }

    /** @param year only this year's quarters; every quarter since the first peer support when null */
    public PeerSupportReport peerSupport(Integer year) {
        OffsetDateTime now = time.timestamp();
        return PeerSupportReport.of(reports.peerSupport(), year, Periods.day(now), now);
    }

    public SatisfactionReport satisfaction() {
        return SatisfactionReport.of(reports.episodes(), reports.packageSatisfaction(), time.timestamp());
    }
}
