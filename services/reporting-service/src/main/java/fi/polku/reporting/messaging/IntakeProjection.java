package fi.polku.reporting.messaging;

import static fi.polku.reporting.messaging.ProjectionSql.nullable;
import static fi.polku.reporting.messaging.ProjectionSql.params;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

/** Projects the intake-service's events: registrations, referrals, screenings, team bookings, consents, readiness. */
@ApplicationScoped
class IntakeProjection implements Projection {

    private final ProjectionSql sql;

    IntakeProjection(ProjectionSql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Consumer<EventData>> handlers() {
        return Map.ofEntries(
                Map.entry("fi.polku.intake.ClientRegistered.v1", this::registered),
                Map.entry("fi.polku.intake.ClientDetailsChanged.v1", this::detailsChanged),
                Map.entry("fi.polku.intake.ClientsMerged.v1", this::merged),
                Map.entry("fi.polku.intake.ReferralReceived.v1", this::referral),
                Map.entry("fi.polku.intake.ScreeningCompleted.v1", this::screening),
                Map.entry("fi.polku.intake.WorkAbilityTeamBooked.v1", this::teamBooked),
                Map.entry("fi.polku.intake.FurtherInvestigationRequested.v1", this::investigations),
                Map.entry("fi.polku.intake.FurtherInvestigationRequested.v2", this::investigations),
                Map.entry("fi.polku.intake.ConsentGranted.v1", e -> consents(e, 1)),
                Map.entry("fi.polku.intake.ConsentWithdrawn.v1", e -> consents(e, -1)),
                Map.entry("fi.polku.intake.ReadinessAssessed.v1", this::readiness));
    }

    private void registered(EventData e) {
        sql.updateClient(e.clientId(), """
                municipality_code = :municipality, age_band = :ageBand, preferred_language = :language,
                client_group = :clientGroup, job_seeker_registration = :jobSeekerRegistration,
                registered_at = :registeredAt""",
                params("municipality", nullable(e.text("municipalityCode"), String.class),
                        "ageBand", nullable(e.text("ageBand"), String.class),
                        "language", nullable(e.text("preferredLanguage"), String.class),
                        "clientGroup", nullable(e.text("clientGroup"), String.class),
                        "jobSeekerRegistration", nullable(e.text("jobSeekerRegistration"), String.class),
                        "registeredAt", e.at("registeredAt")));
    }

    /**
     * Under a non-disclosure order (turvakielto) intake names no municipality and the client's known one is
     * forgotten, so that the reports count the client without it.
     */
    private void detailsChanged(EventData e) {
        sql.updateClient(e.clientId(), """
                municipality_code = CASE WHEN :withheld THEN NULL
                                         ELSE COALESCE(:municipality, municipality_code) END,
                preferred_language = COALESCE(:language, preferred_language),
                client_group = COALESCE(:clientGroup, client_group),
                job_seeker_registration = COALESCE(:jobSeekerRegistration, job_seeker_registration)""",
                params("withheld", "true".equals(e.text("nonDisclosure")),
                        "municipality", nullable(e.text("municipalityCode"), String.class),
                        "language", nullable(e.text("preferredLanguage"), String.class),
                        "clientGroup", nullable(e.text("clientGroup"), String.class),
                        "jobSeekerRegistration", nullable(e.text("jobSeekerRegistration"), String.class)));
    }

    /**
     * The merged client's facts move to the kept client; its flow row stays, marked, so that the reports count
     * the person once and a late event about the merged id still has a row to land on.
     */
    private void merged(EventData e) {
        UUID kept = e.clientId();
        UUID merged = UUID.fromString(e.required("mergedClientId"));
        List<UUID> both = List.of(kept, merged);
        sql.updateClient(merged, "merged_into = :kept", Map.of("kept", kept));
        sql.updateClient(kept, both, """
                registered_at = LEAST(registered_at,
                    (SELECT m.registered_at FROM client_flow m WHERE m.client_id = :merged)),
                case_owner_assigned_at = LEAST(case_owner_assigned_at,
                    (SELECT m.case_owner_assigned_at FROM client_flow m WHERE m.client_id = :merged)),
                first_screening_at = LEAST(first_screening_at,
                    (SELECT m.first_screening_at FROM client_flow m WHERE m.client_id = :merged)),
                first_assessment_at = LEAST(first_assessment_at,
                    (SELECT m.first_assessment_at FROM client_flow m WHERE m.client_id = :merged)),
                first_coaching_at = LEAST(first_coaching_at,
                    (SELECT m.first_coaching_at FROM client_flow m WHERE m.client_id = :merged)),
                case_owner_changes = case_owner_changes
                    + (SELECT m.case_owner_changes FROM client_flow m WHERE m.client_id = :merged),
                service_transfers = service_transfers
                    + (SELECT m.service_transfers FROM client_flow m WHERE m.client_id = :merged)""",
                Map.of("merged", merged));
        for (String table : new String[] {"referral", "assessment", "service_recommendation", "coaching_episode",
            "job", "fee", "peer_support", "package_satisfaction"}) {
            sql.execute(both, "UPDATE " + table + " SET client_id = :kept WHERE client_id = :merged",
                    Map.of("kept", kept, "merged", merged));
        }
        sql.execute(both, """
                INSERT INTO instrument_score
                    (client_id, instrument, time_point, scale, score, higher_is_better, recorded_at)
                SELECT :kept, instrument, time_point, scale, score, higher_is_better, recorded_at FROM instrument_score
                WHERE client_id = :merged ON CONFLICT DO NOTHING""", Map.of("kept", kept, "merged", merged));
        sql.execute(merged, "DELETE FROM instrument_score WHERE client_id = :merged", Map.of("merged", merged));
    }

    private void referral(EventData e) {
        sql.execute(e.clientId(), """
                INSERT INTO referral (referral_id, client_id, channel, referring_party, received_at)
                VALUES (:id, :clientId, :channel, :party, :receivedAt)
                ON CONFLICT (referral_id) DO UPDATE SET channel = EXCLUDED.channel,
                    referring_party = EXCLUDED.referring_party, received_at = EXCLUDED.received_at""",
                Map.of("id", e.required("referralId"), "clientId", e.clientId(), "channel", e.required("channel"),
                        "party", e.required("referringParty"), "receivedAt", e.at("receivedAt")));
    }

    private void screening(EventData e) {
        sql.updateClient(e.clientId(), """
                first_screening_at = LEAST(first_screening_at, :completedAt),
                segment = CASE WHEN segment_at IS NULL OR segment_at <= :completedAt THEN :segment ELSE segment END,
                segment_at = GREATEST(segment_at, :completedAt)""",
                Map.of("completedAt", e.at("completedAt"), "segment", e.required("segment")));
    }

    private void teamBooked(EventData e) {
        sql.updateClient(e.clientId(), "team_booked_at = LEAST(team_booked_at, :bookedAt)",
                Map.of("bookedAt", e.at("bookedAt")));
    }

    private void investigations(EventData e) {
        sql.updateClient(e.clientId(), "investigations_requested = investigations_requested + :count",
                Map.of("count", Math.max(e.node("investigations").size(), 1)));
    }

    private void consents(EventData e, int change) {
        sql.updateClient(e.clientId(), "active_consents = GREATEST(active_consents + :change, 0)",
                Map.of("change", change));
    }

    private void readiness(EventData e) {
        sql.updateClient(e.clientId(), "readiness_met_total = :met",
                params("met", nullable(e.integer("metTotal"), Integer.class)));
    }
}
