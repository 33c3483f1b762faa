package fi.polku.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import io.smallrye.common.annotation.Blocking;

/**
 * Projects every domain event into the reporting tables, once per event id, through the platform's
 * {@link EventHandlers}: each {@link Projection} contributes its handlers by full versioned type. Events of a type
 * no projection handles are skipped and counted in the metric {@value #SKIPPED_METRIC}, never a reason to stop; a
 * handled type in a version no projection knows goes to the dead-letter topic. While a {@link ProjectionRebuild}
 * runs, the live consumer waits for it (see {@link ProjectionLock}).
 */
@ApplicationScoped
public class EventProjector {

    /** The consumer name under which processed events are recorded; a rebuild clears exactly these rows. */
    public static final String CONSUMER = "reporting.projections";
    public static final String SKIPPED_METRIC = "polku.reporting.events.skipped";

    private final ProjectionLock lock;
    private final EventHandlers handlers;

    public EventProjector(EventConsumer consumer, ProjectionLock lock, Instance<Projection> projections) {
        this.lock = lock;
        this.handlers = consumer.handlers(CONSUMER, SKIPPED_METRIC);
        projections.forEach(projection -> projection.handlers().forEach((type, handler) ->
                handlers.onEvent(type, event -> handler.accept(EventData.of(event)))));
    }

    @Incoming("polku-events")
    @Blocking
    public void onEvent(String record) {
        lock.live(() -> apply(record));
    }

    /** Applies one record unless this consumer has already applied its event. */
    void apply(String record) {
        handlers.consume(record);
    }
}
