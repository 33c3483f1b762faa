package fi.polku.partner.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.polku.partner.config.WebhookConfig;
import fi.polku.partner.domain.DeliveryStatus;
import fi.polku.partner.domain.PartnerEvent;
import fi.polku.partner.domain.RetrySchedule;
import fi.polku.partner.domain.WebhookDelivery;
import fi.polku.partner.domain.WebhookSubscription;
import fi.polku.partner.repository.DeliveryRepository;
import fi.polku.partner.repository.PartnerEventRepository;
import fi.polku.partner.repository.SubscriptionRepository;
import fi.polku.platform.audit.AccessBasis;
import fi.polku.access.ConsentCoverage;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.audit.ProcessingPurpose;
import fi.polku.platform.time.ServiceTime;

/**
 * The pending deliveries in the database, taken and settled in short transactions of their own (no transaction
 * stays open while a receiver is called). Only the oldest pending delivery of each subscription and client is
 * due, so a client's events reach a subscription in order and a retry holds back that client's later events, not
 * other clients'. A claimed delivery is leased for the send's timeout: if this instance stops before settling it,
 * it falls due again and is sent again (at least once; the partner drops repeats by webhook-id).
 */
@ApplicationScoped
public class DeliveryQueue {

    private final EntityManager entityManager;
    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final PartnerEventRepository events;
    private final ConsentCoverage consents;
    private final AccessLog accessLog;
    private final RetrySchedule schedule;
    private final Duration lease;
    private final int batchSize;
    private final ServiceTime time;
    private final RandomGenerator random = RandomGenerator.getDefault();

    public DeliveryQueue(EntityManager entityManager, DeliveryRepository deliveries,
            SubscriptionRepository subscriptions, PartnerEventRepository events, ConsentCoverage consents,
            AccessLog accessLog, WebhookConfig config, ServiceTime time) {
        this.entityManager = entityManager;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.events = events;
        this.consents = consents;
        this.accessLog = accessLog;
        this.schedule = config.retry().schedule();
        this.lease = config.connectTimeout().plus(config.requestTimeout()).multipliedBy(2);
        this.batchSize = config.batchSize();
        this.time = time;
    }

    /**
     * Claims the due deliveries, each the head of its subscription's and client's line. One whose organisation has
     * lost its basis for the client is settled as SKIPPED_NO_BASIS here, right before it would have been sent; each
     * other is written to the access log as a disclosure to the organisation before it is sent.
     */
    @Transactional
    public List<Attempt> claimDue() {
        OffsetDateTime now = time.timestamp();
        List<Attempt> attempts = new ArrayList<>();
        for (UUID id : dueHeads(now)) {
            WebhookDelivery delivery = deliveries.findById(id);
            WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId);
            if (!consents.covers(delivery.clientId, subscription.organisation, List.of(subscription.purpose.name()))) {
                delivery.status = DeliveryStatus.SKIPPED_NO_BASIS;
                continue;
            }
            delivery.nextAttemptAt = now.plus(lease);
            PartnerEvent event = events.findById(delivery.eventId);
            recordDisclosure(delivery, subscription);
            attempts.add(new Attempt(delivery.id, subscription.id, subscription.callbackUrl,
                    subscription.signingSecrets(now), event.eventId, event.body));
        }
        return attempts;
    }

    /**
     * Settles an attempt: a 2xx delivers it (and clears the subscription's FAILING); anything else schedules a retry
     * or, after the whole schedule, fails it and marks the subscription FAILING.
     *
     * @param statusCode the receiver's status, or null when it did not answer
     */
    @Transactional
    public void settle(Attempt attempt, Integer statusCode) {
        WebhookDelivery delivery = deliveries.findById(attempt.deliveryId());
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return; // the subscription was deleted, or the delivery dropped meanwhile
        }
        OffsetDateTime now = time.timestamp();
        WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId);
        delivery.attempts++;
        delivery.lastStatusCode = statusCode;
        delivery.lastAttemptAt = now;
        if (delivery.firstAttemptAt == null) {
            delivery.firstAttemptAt = now;
        }
        if (statusCode != null && statusCode >= 200 && statusCode < 300) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
            subscription.markActive();
            return;
        }
        schedule.nextAttempt(delivery.firstAttemptAt, delivery.attempts, now, random).ifPresentOrElse(
                next -> delivery.nextAttemptAt = next,
                () -> {
                    delivery.status = DeliveryStatus.FAILED;
                    subscription.markFailing(now);
                });
    }

    /** Each send discloses the client's data to the organisation: the client's access log shows it (703/2023). */
    private void recordDisclosure(WebhookDelivery delivery, WebhookSubscription subscription) {
        accessLog.recordDisclosure(delivery.clientId, "disclose " + delivery.eventType + " by webhook",
                "webhook-subscription:" + subscription.id, subscription.organisation,
                ProcessingPurpose.valueOf(subscription.purpose.name()), AccessBasis.CONSENT);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> dueHeads(OffsetDateTime now) {
        return entityManager.createNativeQuery("""
                        SELECT d.id FROM webhook_delivery d
                         WHERE d.id IN (SELECT DISTINCT ON (subscription_id, client_id) id FROM webhook_delivery
                                         WHERE status = 'PENDING' ORDER BY subscription_id, client_id, seq)
                           AND d.next_attempt_at <= :now
                         ORDER BY d.next_attempt_at, d.seq
                         LIMIT :batch
                           FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter("now", now)
                .setParameter("batch", batchSize)
                .getResultList();
    }
}
