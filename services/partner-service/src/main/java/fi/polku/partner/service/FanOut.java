package fi.polku.partner.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.partner.domain.DeliveryStatus;
import fi.polku.partner.domain.PartnerEvent;
import fi.polku.partner.domain.PartnerFields;
import fi.polku.partner.domain.WebhookDelivery;
import fi.polku.partner.domain.WebhookSubscription;
import fi.polku.partner.repository.DeliveryRepository;
import fi.polku.partner.repository.PartnerEventRepository;
import fi.polku.partner.repository.SubscriptionRepository;
import fi.polku.access.ConsentCoverage;
import fi.polku.access.StaffGrantees;
import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.time.ServiceTime;

/**
 * Turns an event into one delivery per subscription to its type, in the consumer's transaction. A delivery to an
 * organisation without a basis for the client at that moment (no valid consent naming it for the subscription's
 * purpose) is recorded as SKIPPED_NO_BASIS and never sent; a withdrawn consent drops the client's pending
 * deliveries at once. Each (event, subscription) gets one delivery, however often the event arrives.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FanOut {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final PartnerEventRepository events;
    private final ConsentCoverage consents;
    private final CloudEventCodec codec;
    private final StaffGrantees staff;
    private final ServiceTime time;

    public FanOut(SubscriptionRepository subscriptions, DeliveryRepository deliveries, PartnerEventRepository events,
            ConsentCoverage consents, CloudEventCodec codec, StaffGrantees staff, ServiceTime time) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.events = events;
        this.consents = consents;
        this.codec = codec;
        this.staff = staff;
        this.time = time;
    }

    public void fanOut(CloudEvent event) {
        if ("AccessConsentWithdrawn".equals(event.simpleType())) {
            deliveries.dropPendingWithoutBasis(UUID.fromString(event.subject()), staff.trustedIssuer());
        }
        if (!PartnerFields.isSubscribable(event.type())) {
            return;
        }
        List<WebhookSubscription> subscribed = subscriptions.subscribedTo(event.type());
        if (subscribed.isEmpty()) {
            return;
        }
        PartnerEvent partnerView = events.findByIdOptional(event.id()).orElseGet(() -> store(event));
        OffsetDateTime now = time.timestamp();
        for (WebhookSubscription subscription : subscribed) {
            if (!deliveries.exists(subscription.id, event.id())) {
                deliveries.persist(delivery(subscription, partnerView, now));
            }
        }
    }

    private WebhookDelivery delivery(WebhookSubscription subscription, PartnerEvent event, OffsetDateTime now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscription.id;
        delivery.eventId = event.eventId;
        delivery.eventType = event.type;
        delivery.clientId = event.clientId;
        delivery.status = consents.covers(event.clientId, subscription.organisation,
                List.of(subscription.purpose.name())) ? DeliveryStatus.PENDING : DeliveryStatus.SKIPPED_NO_BASIS;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    /** The partner's view: the CloudEvent with only the allowed data fields (and no dataschema, which they break). */
    private PartnerEvent store(CloudEvent event) {
        CloudEvent view = new CloudEvent(event.specversion(), event.id(), event.source(), event.type(),
                event.subject(), event.time(), event.datacontenttype(), null,
                PartnerFields.allowedData(event.type(), event.data()));
        PartnerEvent stored = new PartnerEvent();
        stored.eventId = event.id();
        stored.type = event.type();
        stored.clientId = UUID.fromString(event.subject());
        stored.occurredAt = event.time() == null ? time.timestamp() : event.time();
        stored.body = codec.write(view);
        events.persist(stored);
        return stored;
    }
}
