package fi.polku.caseowner.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A follow-up contact (jälkikontaktointi) scheduled when a clientship closed, and what it found. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** Who makes the contact: the case owner at closure. */
    @Column(name = "professional_id")
    public UUID professionalId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    public FollowUpOutcome outcome;

    public Integer attempts;

    public String note;

    /** The client's satisfaction with the whole service package, 1-10, asked at the contact; null when not given. */
    public Integer satisfaction;

    /** The client's own words on the service package; stays in this service. */
    public String feedback;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Version
    public long version;

    public boolean isCompleted() {
        return completedAt != null;
    }
}
