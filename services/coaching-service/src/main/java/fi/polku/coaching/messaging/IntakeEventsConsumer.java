package fi.polku.coaching.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.coaching.service.ClientMerges;
import fi.polku.coaching.service.EpisodeService;
import fi.polku.access.ClientAccessProjection;
import fi.polku.platform.clients.KnownClientRegister;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import io.smallrye.common.annotation.Blocking;

/**
 * Records the clients registered in intake, so that this service knows whom its work is about, and starts the
 * coaching that waited for a consent as soon as the consent is known here (the platform's access projection
 * learns the consent in the same transaction, whichever of its consumers sees it first).
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    /** Counts the events of coaching's consumers of a type they do not handle, by type. */
    public static final String SKIPPED_METRIC = "polku.coaching.events.skipped";

    private final EventHandlers handlers;

    public IntakeEventsConsumer(EventConsumer consumer, KnownClientRegister knownClients,
            ClientAccessProjection accessProjection, EpisodeService episodes, ClientMerges merges) {
        this.handlers = consumer.handlers("coaching.intake-events", SKIPPED_METRIC)
                .on("fi.polku.intake.ClientRegistered.v1", ClientRegistered.class, registered -> knownClients
                        .remember(registered.clientId(), registered.municipalityCode(), registered.ageBand(),
                                registered.registeredAt()))
                .onEvent("fi.polku.intake.ConsentGranted.v1", event -> {
                    accessProjection.applyOnce(event);
                    episodes.consentChanged(UUID.fromString(event.subject()));
                })
                .on("fi.polku.intake.ClientsMerged.v1", ClientsMerged.class, merges::apply);
    }

    @Incoming("intake-events")
    @Blocking
    public void onIntakeEvent(String record) {
        handlers.consume(record);
    }
}
