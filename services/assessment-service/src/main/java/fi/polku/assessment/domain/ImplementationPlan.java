package fi.polku.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fi.polku.platform.problem.ProblemException;

/**
 * One version of a client's implementation plan (toteuttamissuunnitelma) for rehabilitative work activity, drawn up
 * with the social instructor from a version of the activation plan.
 */
@Entity
@Table(name = "implementation_plan")
public class ImplementationPlan extends PlanVersion {

    @Column(name = "activation_plan_id", nullable = false)
    public UUID activationPlanId;

    @Column(name = "activation_plan_version", nullable = false)
    public int activationPlanVersion;

    @Column(nullable = false)
    public String place;

    @Column(name = "activity_days_per_week", nullable = false)
    public int activityDaysPerWeek;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> goals;

    @Column(name = "coaching_on_activity_days", nullable = false)
    public boolean coachingOnActivityDays;

    @Column(name = "coaching_sessions_per_week")
    public Integer coachingSessionsPerWeek;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "drawn_up_by", nullable = false)
    public String drawnUpBy;

    /** What a version of the implementation plan says, naming the activation plan it is drawn up from. */
    public record Content(UUID activationPlanId, String place, int activityDaysPerWeek, List<String> goals,
            boolean coachingOnActivityDays, Integer coachingSessionsPerWeek, LocalDate validFrom,
            LocalDate validUntil, String drawnUpBy) {
    }

    /**
     * The next version with {@code content}, drawn up from the client's current activation plan once that is
     * {@link PlanRules#checkImplementationBasis a basis for it}.
     */
    public static ImplementationPlan drawUp(Content content, Optional<ActivationPlan> currentActivationPlan) {
        if (content.validUntil() != null && content.validUntil().isBefore(content.validFrom())) {
            throw ProblemException.invalidField("validUntil", "must not be before validFrom");
        }
        PlanRules.checkImplementationBasis(currentActivationPlan, content.activationPlanId(), content.validFrom(),
                content.coachingOnActivityDays());
        ImplementationPlan plan = new ImplementationPlan();
        plan.activationPlanId = currentActivationPlan.get().planId;
        plan.activationPlanVersion = currentActivationPlan.get().version;
        plan.place = content.place().strip();
        plan.activityDaysPerWeek = content.activityDaysPerWeek();
        plan.goals = content.goals().stream().map(String::strip).toList();
        plan.coachingOnActivityDays = content.coachingOnActivityDays();
        plan.coachingSessionsPerWeek = content.coachingSessionsPerWeek();
        plan.validFrom = content.validFrom();
        plan.validUntil = content.validUntil();
        plan.drawnUpBy = content.drawnUpBy().strip();
        return plan;
    }
}
