package fi.polku.reporting.repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fi.polku.platform.persistence.SqlValues;
import fi.polku.reporting.domain.ClientGroupsReport.Categories;
import fi.polku.reporting.domain.ClientPath;
import fi.polku.reporting.domain.CoachingFacts.Episode;
import fi.polku.reporting.domain.CoachingFacts.Fee;
import fi.polku.reporting.domain.CoachingFacts.Job;
import fi.polku.reporting.domain.CoachingFacts.Outcome;
import fi.polku.reporting.domain.Employment;
import fi.polku.reporting.domain.FidelityReview;
import fi.polku.reporting.domain.InstrumentScore;
import fi.polku.reporting.domain.PeerSupportReport.Membership;
import fi.polku.reporting.domain.SatisfactionReport.PackageAnswer;
import fi.polku.reporting.domain.ReferralsReport.Referral;

/** Reads the projections for the reports. Merged-away clients (ClientsMerged) are left out everywhere. */
@ApplicationScoped
public class ReportRepository {

    private final EntityManager entityManager;

    public ReportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<ClientPath> registeredClients() {
        Map<String, List<Job>> jobsOfClient = jobs().stream().collect(Collectors.groupingBy(Job::clientKey));
        return rows("""
                SELECT CAST(f.client_id AS varchar), f.municipality_code, f.registered_at, f.case_owner_assigned_at,
                       f.current_case_owner IS NOT NULL, f.first_screening_at, f.segment, f.first_assessment_at,
                       f.coaching_referred_at, f.first_coaching_at,
                       (SELECT max(c.started_at) FROM coaching_episode c WHERE c.client_id = f.client_id),
                       COALESCE((SELECT a.cancellation_reason = 'CLIENT_DID_NOT_ATTEND' AND a.concluded_at IS NULL
                                 FROM assessment a WHERE a.client_id = f.client_id
                                 ORDER BY COALESCE(a.cancelled_at, a.concluded_at, a.scheduled_at) DESC LIMIT 1), false),
                       f.closed_at, f.closed_reason, f.follow_up_due, f.case_owner_changes, f.service_transfers,
                       f.place, f.place_since
                FROM client_flow f
                WHERE f.registered_at IS NOT NULL AND f.merged_into IS NULL""").stream()
                .map(r -> new ClientPath((String) r[0], (String) r[1], time(r[2]), time(r[3]), (Boolean) r[4],
                        time(r[5]), (String) r[6], time(r[7]), time(r[8]), time(r[9]), time(r[10]),
                        Employment.employed(jobsOfClient.getOrDefault((String) r[0], List.of()), (String) r[13]),
                        (Boolean) r[11], time(r[12]), (String) r[13], date(r[14]), number(r[15]).intValue(),
                        number(r[16]).intValue(), (String) r[17], date(r[18])))
                .toList();
    }

    public List<Categories> clientCategories() {
        return rows("""
                SELECT client_group, job_seeker_registration, registered_at FROM client_flow
                WHERE registered_at IS NOT NULL AND merged_into IS NULL""").stream()
                .map(r -> new Categories((String) r[0], (String) r[1], time(r[2]))).toList();
    }

    public List<Referral> referrals() {
        return rows("SELECT referring_party, channel, received_at FROM referral").stream()
                .map(r -> new Referral((String) r[0], (String) r[1], time(r[2]))).toList();
    }

    /** The work-ability estimate of each client's latest concluded assessment. */
    public List<String> latestEstimates() {
        return rows("""
                SELECT DISTINCT ON (a.client_id) COALESCE(a.work_ability_estimate, 'UNKNOWN'), a.client_id
                FROM assessment a JOIN client_flow f ON f.client_id = a.client_id AND f.merged_into IS NULL
                WHERE a.concluded_at IS NOT NULL ORDER BY a.client_id, a.concluded_at DESC""").stream()
                .map(r -> (String) r[0]).toList();
    }

    public List<String> recommendedServices() {
        return rows("SELECT service, recommendation_id FROM service_recommendation").stream()
                .map(r -> (String) r[0]).toList();
    }

    public List<InstrumentScore> instrumentScores() {
        return rows("""
                SELECT CAST(client_id AS varchar), instrument, scale, time_point, score, higher_is_better, recorded_at
                FROM instrument_score""").stream()
                .map(r -> new InstrumentScore((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        ((BigDecimal) r[4]).doubleValue(), (Boolean) r[5], time(r[6]))).toList();
    }

    /** The peer coaches' memberships of the care networks of the clients counted (not merged away). */
    public List<Membership> peerSupport() {
        return rows("""
                SELECT CAST(p.client_id AS varchar), p.from_date, p.until_date
                FROM peer_support p
                WHERE NOT EXISTS (SELECT 1 FROM client_flow f WHERE f.client_id = p.client_id
                                  AND f.merged_into IS NOT NULL)""").stream()
                .map(r -> new Membership((String) r[0], date(r[1]), date(r[2]))).toList();
    }

    /** The clients' scores for the whole service package (not of clients merged away). */
    public List<PackageAnswer> packageSatisfaction() {
        return rows("""
                SELECT p.occasion, p.score FROM package_satisfaction p
                WHERE NOT EXISTS (SELECT 1 FROM client_flow f WHERE f.client_id = p.client_id
                                  AND f.merged_into IS NOT NULL)""").stream()
                .map(r -> new PackageAnswer((String) r[0], number(r[1]).intValue())).toList();
    }

    public List<Episode> episodes() {
        return rows("""
                SELECT CAST(client_id AS varchar), provider_id, started_at, ended_at, outcome, satisfaction
                FROM coaching_episode WHERE provider_id IS NOT NULL""").stream()
                .map(r -> new Episode((String) r[0], (String) r[1], time(r[2]), time(r[3]), (String) r[4],
                        r[5] == null ? null : number(r[5]).intValue())).toList();
    }

    public List<Job> jobs() {
        return rows("""
                SELECT CAST(client_id AS varchar), provider_id, kind, COALESCE(open_labour_market, false),
                       COALESCE(wage_at_least_collective_agreement, false), start_date, end_date
                FROM job WHERE start_date IS NOT NULL""").stream()
                .map(r -> new Job((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3], (Boolean) r[4],
                        date(r[5]), date(r[6]))).toList();
    }

    public List<Outcome> outcomes() {
        return rows("""
                SELECT CAST(o.client_id AS varchar), COALESCE(o.provider_id, e.provider_id), o.outcome, o.outcome_date
                FROM coaching_outcome o LEFT JOIN coaching_episode e ON e.episode_id = o.episode_id""").stream()
                .filter(r -> r[1] != null)
                .map(r -> new Outcome((String) r[0], (String) r[1], (String) r[2], date(r[3]))).toList();
    }

    public List<Fee> fees() {
        return rows("SELECT provider_id, fee_type, amount, earned_at FROM fee").stream()
                .map(r -> new Fee((String) r[0], (String) r[1], (BigDecimal) r[2], time(r[3]))).toList();
    }

    /** The latest fidelity review of each provider. */
    public List<FidelityReview> latestFidelityReviews() {
        return rows("""
                SELECT DISTINCT ON (provider_id) provider_id, review_date, total, band, not_applicable_items,
                       CAST(items AS varchar)
                FROM fidelity_review ORDER BY provider_id, review_date DESC, review_id DESC""").stream()
                .map(r -> FidelityReview.of((String) r[0], date(r[1]), r[2] == null ? null : number(r[2]).intValue(),
                        (String) r[3], r[4] == null ? 0 : number(r[4]).intValue(), (String) r[5])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static OffsetDateTime time(Object value) {
        return SqlValues.offsetDateTime(value);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
