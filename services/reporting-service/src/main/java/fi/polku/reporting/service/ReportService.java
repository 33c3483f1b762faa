package fi.polku.reporting.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.reporting.domain.AssessmentReport;
import fi.polku.reporting.domain.ClientsReport;
import fi.polku.reporting.domain.CoachingReport;
import fi.polku.reporting.domain.FlowReport;
import fi.polku.reporting.domain.ReferralsReport;
import fi.polku.reporting.domain.SatisfactionReport;
import fi.polku.reporting.domain.SegmentsReport;
import fi.polku.reporting.repository.ReportRepository;

/** Builds each report from the projections; the computations and the suppression live in the report classes. */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;

    public ReportService(ReportRepository reports) {
        this.reports = reports;
    }

    public ClientsReport clients() {
        return ClientsReport.of(reports.registeredClients(), now());
    }

    public ReferralsReport referrals() {
        return ReferralsReport.of(reports.referrals(), now());
    }

    public SegmentsReport segments() {
        return SegmentsReport.of(reports.registeredClients(), now());
    }

    public FlowReport flow() {
        return FlowReport.of(reports.registeredClients(), now());
    }

    public AssessmentReport assessments() {
        return AssessmentReport.of(reports.latestEstimates(), reports.recommendedServices(), reports.instrumentScores(),
                now());
    }

    public CoachingReport coaching() {
        return CoachingReport.of(reports.episodes(), reports.jobs(), reports.fees(), reports.latestFidelityReviews(),
                now());
    }

    public SatisfactionReport satisfaction() {
        return SatisfactionReport.of(reports.episodes(), now());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
