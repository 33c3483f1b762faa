package fi.polku.reporting.messaging;

import static fi.polku.reporting.messaging.ProjectionSql.nullable;
import static fi.polku.reporting.messaging.ProjectionSql.params;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;

/** Projects the assessment-service's events: team assessments, recommendations, instruments, plans. */
@ApplicationScoped
class AssessmentProjection implements Projection {

    private final ProjectionSql sql;

    AssessmentProjection(ProjectionSql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Consumer<EventData>> handlers() {
        return Map.of(
                "fi.polku.assessment.AssessmentScheduled.v1", this::scheduled,
                "fi.polku.assessment.AssessmentConcluded.v1", this::concluded,
                "fi.polku.assessment.AssessmentCancelled.v1", this::cancelled,
                "fi.polku.assessment.ServiceRecommended.v1", this::recommended,
                "fi.polku.assessment.CoachingReferralIssued.v1", this::coachingReferral,
                "fi.polku.assessment.CoachingReferralIssued.v2", this::coachingReferral,
                "fi.polku.assessment.InstrumentResponsesRecorded.v1", this::instrumentResponses,
                "fi.polku.assessment.ActivationPlanUpdated.v1", this::activationPlan,
                "fi.polku.assessment.ImplementationPlanUpdated.v1", this::implementationPlan);
    }

    private void scheduled(EventData e) {
        sql.execute(e.clientId(), """
                INSERT INTO assessment (assessment_id, client_id, team_id, appointment_at, scheduled_at)
                VALUES (:id, :clientId, :teamId, :appointmentAt, :scheduledAt)
                ON CONFLICT (assessment_id) DO UPDATE SET team_id = EXCLUDED.team_id,
                    appointment_at = EXCLUDED.appointment_at, scheduled_at = EXCLUDED.scheduled_at""",
                params("id", e.required("assessmentId"), "clientId", e.clientId(),
                        "teamId", nullable(e.text("teamId"), String.class),
                        "appointmentAt", nullable(e.time("appointmentAt"), OffsetDateTime.class),
                        "scheduledAt", e.at("scheduledAt")));
    }

    private void concluded(EventData e) {
        OffsetDateTime concludedAt = e.at("concludedAt");
        sql.execute(e.clientId(), """
                INSERT INTO assessment (assessment_id, client_id, concluded_at, work_ability_estimate)
                VALUES (:id, :clientId, :concludedAt, :estimate)
                ON CONFLICT (assessment_id) DO UPDATE SET concluded_at = EXCLUDED.concluded_at,
                    work_ability_estimate = EXCLUDED.work_ability_estimate""",
                params("id", e.required("assessmentId"), "clientId", e.clientId(), "concludedAt", concludedAt,
                        "estimate", nullable(e.text("workAbilityEstimate"), String.class)));
        sql.updateClient(e.clientId(), "first_assessment_at = LEAST(first_assessment_at, :at)",
                Map.of("at", concludedAt));
    }

    private void cancelled(EventData e) {
        sql.execute(e.clientId(), """
                INSERT INTO assessment (assessment_id, client_id, cancellation_reason, cancelled_at)
                VALUES (:id, :clientId, :reason, :cancelledAt)
                ON CONFLICT (assessment_id) DO UPDATE SET cancellation_reason = EXCLUDED.cancellation_reason,
                    cancelled_at = EXCLUDED.cancelled_at""",
                params("id", e.required("assessmentId"), "clientId", e.clientId(),
                        "reason", nullable(e.text("reason"), String.class), "cancelledAt", e.at("cancelledAt")));
    }

    private void recommended(EventData e) {
        sql.execute(e.clientId(), """
                INSERT INTO service_recommendation
                    (recommendation_id, client_id, assessment_id, service, responsible_organisation, target_date)
                VALUES (:id, :clientId, :assessmentId, :service, :organisation, :targetDate)
                ON CONFLICT (recommendation_id) DO UPDATE SET service = EXCLUDED.service,
                    responsible_organisation = EXCLUDED.responsible_organisation, target_date = EXCLUDED.target_date""",
                params("id", e.required("recommendationId"), "clientId", e.clientId(),
                        "assessmentId", nullable(e.text("assessmentId"), String.class),
                        "service", e.required("service"),
                        "organisation", nullable(e.text("responsibleOrganisation"), String.class),
                        "targetDate", nullable(e.date("targetDate"), LocalDate.class)));
    }

    private void coachingReferral(EventData e) {
        sql.updateClient(e.clientId(), "coaching_referred_at = GREATEST(coaching_referred_at, :issuedAt)",
                Map.of("issuedAt", e.at("issuedAt")));
    }

    private void instrumentResponses(EventData e) {
        OffsetDateTime recordedAt = e.at("recordedAt");
        JsonNode directions = e.node("higherIsBetter");
        e.node("scaleScores").fields().forEachRemaining(scale -> {
            if (scale.getValue().isNumber()) {
                JsonNode direction = directions.path(scale.getKey());
                sql.execute(e.clientId(), """
                        INSERT INTO instrument_score
                            (client_id, instrument, time_point, scale, score, higher_is_better, recorded_at)
                        VALUES (:clientId, :instrument, :timePoint, :scale, :score, :higherIsBetter, :recordedAt)
                        ON CONFLICT (client_id, instrument, time_point, scale) DO UPDATE
                        SET score = EXCLUDED.score, higher_is_better = EXCLUDED.higher_is_better,
                            recorded_at = EXCLUDED.recorded_at""",
                        params("clientId", e.clientId(), "instrument", e.required("instrument"),
                                "timePoint", e.required("timePoint"), "scale", scale.getKey(),
                                "score", new BigDecimal(scale.getValue().asText()),
                                "higherIsBetter", nullable(direction.isBoolean() ? direction.asBoolean() : null,
                                        Boolean.class),
                                "recordedAt", recordedAt));
            }
        });
    }

    private void activationPlan(EventData e) {
        sql.updateClient(e.clientId(), "activation_plan_version = GREATEST(activation_plan_version, :version)",
                Map.of("version", e.integer("version") == null ? 1 : e.integer("version")));
    }

    private void implementationPlan(EventData e) {
        sql.updateClient(e.clientId(), "activity_days_per_week = :days",
                params("days", nullable(e.integer("activityDaysPerWeek"), Integer.class)));
    }
}
