package fi.polku.coaching.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.coaching.domain.KnownClient;
import fi.polku.coaching.repository.KnownClientRepository;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;

/** Records the clients registered in intake, so that this service knows whom its work is about. */
@ApplicationScoped
public class IntakeEventsConsumer {

    private final EventConsumer consumer;
    private final CloudEventCodec codec;
    private final KnownClientRepository knownClients;

    public IntakeEventsConsumer(EventConsumer consumer, CloudEventCodec codec, KnownClientRepository knownClients) {
        this.consumer = consumer;
        this.codec = codec;
        this.knownClients = knownClients;
    }

    @Incoming("intake-events")
    @Blocking
    public void onIntakeEvent(String record) {
        consumer.consume("coaching.intake-events", record, event -> {
            if ("ClientRegistered".equals(event.simpleType())) {
                remember(codec.data(event, ClientRegistered.class));
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
