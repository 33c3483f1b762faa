package fi.polku.reporting.messaging;

import static fi.polku.reporting.messaging.ProjectionSql.nullable;
import static fi.polku.reporting.messaging.ProjectionSql.params;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.reporting.domain.Periods;

/** Projects the coaching-service's events: episodes, jobs, outcomes, fees and the providers' fidelity reviews. */
@ApplicationScoped
class CoachingProjection implements Projection {

    private final ProjectionSql sql;

    CoachingProjection(ProjectionSql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Consumer<EventData>> handlers() {
        return Map.of(
                "fi.polku.coaching.CoachingStarted.v1", this::started,
                "fi.polku.coaching.CoachingPhaseChanged.v1", this::phaseChanged,
                "fi.polku.coaching.JobStarted.v1", this::jobStarted,
                "fi.polku.coaching.JobEnded.v1", this::jobEnded,
                "fi.polku.coaching.CoachingOutcomeRecorded.v1", this::outcome,
                "fi.polku.coaching.FeeEarned.v1", this::fee,
                "fi.polku.coaching.CoachingEnded.v1", this::ended,
                "fi.polku.coaching.FidelityReviewRecorded.v1", this::fidelityReview);
    }

    /** A second episode of the same client is a transfer between services, counted in the ping-pong index. */
    private void started(EventData e) {
        String episodeId = e.required("episodeId");
        OffsetDateTime startedAt = e.at("startedAt");
        sql.updateClient(e.clientId(), """
                first_coaching_at = LEAST(first_coaching_at, :startedAt),
                service_transfers = service_transfers + CASE WHEN EXISTS (SELECT 1 FROM coaching_episode c
                    WHERE c.client_id = :clientId AND c.episode_id <> :episodeId AND c.started_at IS NOT NULL)
                    THEN 1 ELSE 0 END""",
                Map.of("startedAt", startedAt, "episodeId", episodeId));
        sql.execute(e.clientId(), """
                INSERT INTO coaching_episode (episode_id, client_id, provider_id, provider_organisation, started_at)
                VALUES (:id, :clientId, :providerId, :organisation, :startedAt)
                ON CONFLICT (episode_id) DO UPDATE SET provider_id = EXCLUDED.provider_id,
                    provider_organisation = EXCLUDED.provider_organisation, started_at = EXCLUDED.started_at""",
                params("id", episodeId, "clientId", e.clientId(), "providerId", e.required("providerId"),
                        "organisation", nullable(e.text("providerOrganisation"), String.class),
                        "startedAt", startedAt));
    }

    private void phaseChanged(EventData e) {
        upsertEpisode(e, "phase", nullable(e.text("toPhase"), String.class));
    }

    private void ended(EventData e) {
        upsertEpisode(e, "ended_at", e.at("endedAt"));
        upsertEpisode(e, "end_reason", nullable(e.text("endReason"), String.class));
    }

    /**
     * An outcome is an event in the episode's life (the episode stays open): each is kept, and the episode shows the
     * latest. An event without outcomeId or outcomeDate (older producers) is keyed by the event id and dated when
     * recorded.
     */
    private void outcome(EventData e) {
        OffsetDateTime recordedAt = e.at("recordedAt");
        String outcomeId = e.text("outcomeId");
        sql.execute(e.clientId(), """
                INSERT INTO coaching_outcome (outcome_key, client_id, episode_id, provider_id, outcome, outcome_date,
                                              job_id)
                VALUES (:key, :clientId, :episodeId, :providerId, :outcome, :date, :jobId)
                ON CONFLICT (outcome_key) DO NOTHING""",
                params("key", outcomeId != null ? outcomeId : e.event().id(), "clientId", e.clientId(),
                        "episodeId", e.required("episodeId"),
                        "providerId", nullable(e.text("providerId"), String.class), "outcome", e.required("outcome"),
                        "date", e.date("outcomeDate") != null ? e.date("outcomeDate") : Periods.day(recordedAt),
                        "jobId", nullable(e.text("jobId"), String.class)));
        upsertEpisode(e, "outcome", e.required("outcome"));
        if (e.integer("satisfaction") != null) {
            upsertEpisode(e, "satisfaction", e.integer("satisfaction"));
        }
        upsertEpisode(e, "outcome_recorded_at", recordedAt);
    }

    private void upsertEpisode(EventData e, String column, Object value) {
        sql.execute(e.clientId(), "INSERT INTO coaching_episode (episode_id, client_id, provider_id, " + column + ") "
                + "VALUES (:id, :clientId, :providerId, :value) "
                + "ON CONFLICT (episode_id) DO UPDATE SET " + column + " = EXCLUDED." + column
                + ", provider_id = COALESCE(coaching_episode.provider_id, EXCLUDED.provider_id)",
                params("id", e.required("episodeId"), "clientId", e.clientId(),
                        "providerId", nullable(e.text("providerId"), String.class), "value", value));
    }

    private void jobStarted(EventData e) {
        sql.execute(e.clientId(), """
                INSERT INTO job (job_id, client_id, episode_id, provider_id, kind, open_labour_market, hours_per_week,
                                 start_date, permanent, wage_at_least_collective_agreement)
                VALUES (:id, :clientId, :episodeId, :providerId, :kind, :open, :hours, :startDate, :permanent, :wage)
                ON CONFLICT (job_id) DO UPDATE SET episode_id = EXCLUDED.episode_id,
                    provider_id = EXCLUDED.provider_id, kind = EXCLUDED.kind,
                    open_labour_market = EXCLUDED.open_labour_market,
                    hours_per_week = EXCLUDED.hours_per_week, start_date = EXCLUDED.start_date,
                    permanent = EXCLUDED.permanent,
                    wage_at_least_collective_agreement = EXCLUDED.wage_at_least_collective_agreement""",
                params("id", e.required("jobId"), "clientId", e.clientId(),
                        "episodeId", nullable(e.text("episodeId"), String.class),
                        "providerId", nullable(e.text("providerId"), String.class),
                        "open", nullable(e.bool("openLabourMarket"), Boolean.class),
                        "hours", nullable(e.decimal("hoursPerWeek"), BigDecimal.class),
                        "startDate", e.day("startDate"),
                        "permanent", nullable(e.bool("permanent"), Boolean.class),
                        "kind", nullable(e.text("kind"), String.class),
                        "wage", nullable(e.bool("wageAtLeastCollectiveAgreement"), Boolean.class)));
    }

    /** Why the job ended stays in coaching (events carry no free text); an older event's reason is not kept. */
    private void jobEnded(EventData e) {
        sql.execute(e.clientId(), """
                INSERT INTO job (job_id, client_id, episode_id, provider_id, end_date)
                VALUES (:id, :clientId, :episodeId, :providerId, :endDate)
                ON CONFLICT (job_id) DO UPDATE SET end_date = EXCLUDED.end_date""",
                params("id", e.required("jobId"), "clientId", e.clientId(),
                        "episodeId", nullable(e.text("episodeId"), String.class),
                        "providerId", nullable(e.text("providerId"), String.class),
                        "endDate", e.day("endDate")));
    }

    private void fee(EventData e) {
        sql.execute(e.clientId(), """
                INSERT INTO fee (event_id, client_id, episode_id, provider_id, fee_type, amount, earned_at)
                VALUES (:eventId, :clientId, :episodeId, :providerId, :feeType, :amount, :earnedAt)
                ON CONFLICT DO NOTHING""",
                params("eventId", e.event().id(), "clientId", e.clientId(),
                        "episodeId", nullable(e.text("episodeId"), String.class),
                        "providerId", e.required("providerId"), "feeType", e.required("feeType"),
                        "amount", e.decimal("amount") == null ? BigDecimal.ZERO : e.decimal("amount"),
                        "earnedAt", e.at("earnedAt")));
    }

    private void fidelityReview(EventData e) {
        JsonNode notApplicable = e.node("notApplicableItems");
        int notApplicableCount = notApplicable.isArray() ? notApplicable.size() : notApplicable.asInt(0);
        String providerId = e.text("providerId") != null ? e.text("providerId") : e.event().subject();
        sql.execute(List.of(), """
                INSERT INTO fidelity_review (review_id, provider_id, review_date, total, band, not_applicable_items, items)
                VALUES (:id, :providerId, :reviewDate, :total, :band, :notApplicable, CAST(:items AS jsonb))
                ON CONFLICT (review_id) DO UPDATE SET provider_id = EXCLUDED.provider_id,
                    review_date = EXCLUDED.review_date, total = EXCLUDED.total, band = EXCLUDED.band,
                    not_applicable_items = EXCLUDED.not_applicable_items, items = EXCLUDED.items""",
                params("id", e.required("reviewId"), "providerId", providerId,
                        "reviewDate", e.day("reviewDate"),
                        "total", nullable(e.integer("total"), Integer.class),
                        "band", nullable(e.text("band"), String.class),
                        "notApplicable", notApplicableCount,
                        "items", e.node("items").isArray() ? e.node("items").toString() : "[]"));
    }
}
