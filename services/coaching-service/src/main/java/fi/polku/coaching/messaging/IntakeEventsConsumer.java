package fi.polku.coaching.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.coaching.service.ClientMerges;
import fi.polku.platform.clients.KnownClientRegister;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import io.smallrye.common.annotation.Blocking;

/** Records the clients registered in intake, so that this service knows whom its work is about, and their merges. */
@ApplicationScoped
public class IntakeEventsConsumer {

    /** Counts the events of coaching's consumers of a type they do not handle, by type. */
    public static final String SKIPPED_METRIC = "polku.coaching.events.skipped";

    private final EventHandlers handlers;

    public IntakeEventsConsumer(EventConsumer consumer, KnownClientRegister knownClients, ClientMerges merges) {
        this.handlers = consumer.handlers("coaching.intake-events", SKIPPED_METRIC)
                .on("fi.polku.intake.ClientRegistered.v1", ClientRegistered.class, registered -> knownClients
                        .remember(registered.clientId(), registered.municipalityCode(), registered.ageBand(),
                                registered.registeredAt()))
                .on("fi.polku.intake.ClientsMerged.v1", ClientsMerged.class, merges::apply);
    }

    @Incoming("intake-events")
    @Blocking
    public void onIntakeEvent(String record) {
        handlers.consume(record);
    }
}
