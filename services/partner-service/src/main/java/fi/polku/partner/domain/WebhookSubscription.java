package fi.polku.partner.domain;

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

/** An organisation's subscription: which events it receives at which URL, signed with which secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    public UUID id;

    /** The org claim of the coordinator who subscribed; the consents that open clients name this organisation. */
    @Column(nullable = false)
    public String organisation;

    @Column(name = "callback_url", nullable = false)
    public String callbackUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentPurpose purpose;

    @Column(nullable = false)
    public String secret;

    /** The secret before the last rotation; it still signs deliveries until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubscriptionStatus status;

    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    /** The secrets that sign a delivery now: the current one, and the previous one during a rotation's overlap. */
    public List<WebhookSecret> signingSecrets(OffsetDateTime now) {
        return previousSecret != null && now.isBefore(previousSecretUntil)
                ? List.of(new WebhookSecret(secret), new WebhookSecret(previousSecret))
                : List.of(new WebhookSecret(secret));
    }

    /** The new secret signs from now on; the current one goes on signing beside it until the overlap ends. */
    public void rotateSecret(WebhookSecret next, OffsetDateTime overlapEnds) {
        previousSecret = secret;
        previousSecretUntil = overlapEnds;
        secret = next.value();
    }

    public void markActive() {
        status = SubscriptionStatus.ACTIVE;
        failingSince = null;
    }

    public void markFailing(OffsetDateTime since) {
        if (status != SubscriptionStatus.FAILING) {
            status = SubscriptionStatus.FAILING;
            failingSince = since;
        }
    }
}
