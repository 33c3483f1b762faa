package fi.polku.coaching.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.access.ClientAccessProjection;
import fi.polku.coaching.service.EpisodeService;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import io.smallrye.common.annotation.Blocking;

/**
 * Starts the coaching that waited for a consent as soon as the consent is in force here: the access projection
 * applies the access fact in the same transaction, whichever of its consumers (this one or the access model's own)
 * sees it first.
 */
@ApplicationScoped
public class ConsentFactsConsumer {

    private final EventHandlers handlers;

    public ConsentFactsConsumer(EventConsumer consumer, ClientAccessProjection accessProjection,
            EpisodeService episodes) {
        this.handlers = consumer.handlers("coaching.consent-facts", IntakeEventsConsumer.SKIPPED_METRIC)
                .onEvent("fi.polku.intake.AccessConsentInForce.v1", event -> {
                    accessProjection.applyOnce(event);
                    episodes.consentChanged(UUID.fromString(event.subject()));
                });
    }

    @Incoming("consent-facts")
    @Blocking
    public void onAccessFact(String record) {
        handlers.consume(record);
    }
}
