package fi.polku.partner.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.partner.service.FanOut;
import fi.polku.access.ClientAccessProjection;
import fi.polku.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;

/**
 * Fans the events of the domain topics out to the webhook subscriptions, and applies the access facts (consents,
 * their withdrawals, merges) to the access projection in the same consumer (this service has no access consumer of
 * its own), so a withdrawal drops what is pending as soon as it is known.
 */
@ApplicationScoped
public class PartnerEventsConsumer {

    static final String CONSUMER = "partner.fan-out";

    private final EventConsumer consumer;
    private final ClientAccessProjection accessProjection;
    private final FanOut fanOut;

    public PartnerEventsConsumer(EventConsumer consumer, ClientAccessProjection accessProjection, FanOut fanOut) {
        this.consumer = consumer;
        this.accessProjection = accessProjection;
        this.fanOut = fanOut;
    }

    @Incoming("partner-events")
    @Blocking
    public void onEvent(String record) {
        consumer.consume(CONSUMER, record, event -> {
            accessProjection.applyOnce(event);
            fanOut.fanOut(event);
        });
    }
}
