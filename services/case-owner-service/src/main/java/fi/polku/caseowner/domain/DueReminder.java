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

/**
 * A reminder another service scheduled with an event (a follow-along contact, a fidelity review), for someone outside
 * the professional register ({@link Addressee}); it enters their feed on {@code dueOn}, once.
 */
@Entity
@Table(name = "due_reminder")
public class DueReminder {

    /** The notification's source: one reminder is notified once. */
    @Id
    @Column(name = "source_key")
    public String sourceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationRule rule;

    @Column(name = "schedule_key", nullable = false)
    public String scheduleKey;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "reference_id")
    public UUID referenceId;

    public String code;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "recipient_organisation", nullable = false)
    public String recipientOrganisation;

    @Column(name = "recipient_user")
    public String recipientUser;

    @Column(name = "scheduled_at", nullable = false)
    public OffsetDateTime scheduledAt;

    @Column(name = "notified_at")
    public OffsetDateTime notifiedAt;

    public Addressee addressee() {
        return new Addressee(null, recipientOrganisation, recipientUser);
    }
}
