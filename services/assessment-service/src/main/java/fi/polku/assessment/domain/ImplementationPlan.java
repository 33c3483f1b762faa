package fi.polku.assessment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a client's implementation plan (toteuttamissuunnitelma) for rehabilitative work activity, drawn up
 * with the social instructor from a version of the activation plan.
 */
@Entity
@Table(name = "implementation_plan")
public class ImplementationPlan {

    @Id
    @Column(name = "revision_id")
    public UUID revisionId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int version;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

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

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
