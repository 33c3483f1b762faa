package fi.polku.caseowner.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What one professional is told happened to a client of theirs, or fell due; codes and ids only. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public UUID id;

    /** The professional it is for; null when it is for someone outside the register ({@link Addressee}). */
    @Column(name = "recipient_id")
    public UUID recipientId;

    @Column(name = "recipient_organisation")
    public String recipientOrganisation;

    /** The login of {@link #recipientOrganisation} it is for; null when it is for the organisation's coordinators. */
    @Column(name = "recipient_user")
    public String recipientUser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationRule rule;

    @Column(name = "client_id")
    public UUID clientId;

    /** The CloudEvents type that caused it; null for a reminder. */
    @Column(name = "event_type")
    public String eventType;

    @Column(name = "reference_id")
    public UUID referenceId;

    public String code;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    @Column(name = "source_key", nullable = false)
    public String sourceKey;

    @Version
    public long version;

    public Addressee addressee() {
        return new Addressee(recipientId, recipientOrganisation, recipientUser);
    }

    public void addressTo(Addressee addressee) {
        recipientId = addressee.professionalId();
        recipientOrganisation = addressee.organisation();
        recipientUser = addressee.user();
    }
}
