package fi.polku.assessment.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fi.polku.platform.problem.ProblemException;

/** A client's multi-professional work-ability assessment and, once concluded, its estimate and support plan. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "team_id")
    public UUID teamId;

    /** The intake booking this assessment came from; null when a team member created it directly. */
    @Column(name = "booking_id")
    public UUID bookingId;

    @Column(name = "appointment_at", nullable = false)
    public OffsetDateTime appointmentAt;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_ability_estimate")
    public WorkAbilityEstimate workAbilityEstimate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "agreed_professions")
    public List<Profession> agreedProfessions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "support_plan")
    public SupportPlan supportPlan;

    @Column(name = "concluded_at")
    public OffsetDateTime concludedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static Assessment schedule(UUID clientId, UUID teamId, UUID bookingId, OffsetDateTime appointmentAt,
            String reason, OffsetDateTime now) {
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.clientId = clientId;
        assessment.teamId = teamId;
        assessment.bookingId = bookingId;
        assessment.appointmentAt = appointmentAt;
        assessment.reason = reason;
        assessment.status = AssessmentStatus.SCHEDULED;
        assessment.createdAt = now;
        assessment.updatedAt = now;
        return assessment;
    }

    public void start(OffsetDateTime now) {
        moveTo(AssessmentStatus.IN_PROGRESS, null, now);
    }

    public void cancel(String why, OffsetDateTime now) {
        moveTo(AssessmentStatus.CANCELLED, why, now);
    }

    public void clientDidNotAttend(String why, OffsetDateTime now) {
        moveTo(AssessmentStatus.CLIENT_DID_NOT_ATTEND, why, now);
    }

    /** A new appointment for a scheduled assessment or one the client missed. */
    public void reschedule(OffsetDateTime newAppointment, String why, OffsetDateTime now) {
        moveTo(AssessmentStatus.SCHEDULED, why, now);
        appointmentAt = newAppointment;
    }

    public void conclude(WorkAbilityEstimate estimate, List<Profession> professions, SupportPlan plan,
            OffsetDateTime now) {
        moveTo(AssessmentStatus.CONCLUDED, null, now);
        workAbilityEstimate = estimate;
        agreedProfessions = List.copyOf(professions);
        supportPlan = plan;
        concludedAt = now;
    }

    /** Findings can be recorded only while the team is working on the assessment. */
    public void requireInProgress() {
        if (status != AssessmentStatus.IN_PROGRESS) {
            throw ProblemException.businessRule("status", "The assessment is " + status
                    + "; findings are recorded while it is IN_PROGRESS");
        }
    }

    /** Instrument answers describe the client at a time point, also after the assessment (before/after change). */
    public void requireHeldOrUnderWay() {
        if (status == AssessmentStatus.CANCELLED || status == AssessmentStatus.CLIENT_DID_NOT_ATTEND) {
            throw ProblemException.businessRule("status", "The assessment is " + status
                    + "; no answers can be recorded for it");
        }
    }

    private void moveTo(AssessmentStatus target, String why, OffsetDateTime now) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.businessRule("status", "An assessment that is " + status
                    + " cannot become " + target + "; allowed next: " + status.next());
        }
        status = target;
        statusReason = why;
        updatedAt = now;
    }
}
