package fi.polku.coaching.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.coaching.domain.KnownClient;
import fi.polku.coaching.repository.KnownClientRepository;
import fi.polku.coaching.service.ClientMerges;
import fi.polku.coaching.service.EpisodeService;
import fi.polku.platform.access.ClientAccessProjection;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;

/**
 * Records the clients registered in intake, so that this service knows whom its work is about, and starts the
 * coaching that waited for a consent as soon as the consent is known here (the platform's access projection
 * learns the consent in the same transaction, whichever of its consumers sees it first).
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    private final EventConsumer consumer;
    private final CloudEventCodec codec;
    private final KnownClientRepository knownClients;
    private final ClientAccessProjection accessProjection;
    private final EpisodeService episodes;
    private final ClientMerges merges;

    public IntakeEventsConsumer(EventConsumer consumer, CloudEventCodec codec, KnownClientRepository knownClients,
            ClientAccessProjection accessProjection, EpisodeService episodes, ClientMerges merges) {
        this.merges = merges;
        this.consumer = consumer;
        this.codec = codec;
        this.knownClients = knownClients;
        this.accessProjection = accessProjection;
        this.episodes = episodes;
    }

    @Incoming("intake-events")
    @Blocking
    public void onIntakeEvent(String record) {
        consumer.consume("coaching.intake-events", record, event -> {
            switch (event.simpleType()) {
                case "ClientRegistered" -> remember(codec.data(event, ClientRegistered.class));
                case "ConsentGranted" -> {
                    accessProjection.applyOnce(event);
                    episodes.consentChanged(UUID.fromString(event.subject()));
                }
                case "ClientsMerged" -> merges.apply(codec.data(event, ClientsMerged.class));
                default -> {
                    // other intake events are not this service's concern
                }
            }
        });
    }

    private void remember(ClientRegistered registered) {
        if (knownClients.findByIdOptional(registered.clientId()).isPresent()) {
            return;
        }
        KnownClient client = new KnownClient();
        client.clientId = registered.clientId();
        client.municipalityCode = registered.municipalityCode();
        client.ageBand = registered.ageBand();
        client.registeredAt = registered.registeredAt();
        knownClients.persist(client);
    }
}
