package fi.polku.reporting.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.messaging.EventConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;

/**
 * Projects every domain event into the reporting tables, once per event id (through {@link EventConsumer}).
 * Events of a type it does not know (a newer version, a new type) are skipped and counted in the metric
 * {@value #SKIPPED_METRIC}, never a reason to stop. While a {@link ProjectionRebuild} runs, the live consumer
 * waits for it (see {@link ProjectionLock}).
 */
@ApplicationScoped
public class EventProjector {

    /** The consumer name under which processed events are recorded; a rebuild clears exactly these rows. */
    public static final String CONSUMER = "reporting.projections";
    public static final String SKIPPED_METRIC = "polku.reporting.events.skipped";

    private final EventConsumer consumer;
    private final MeterRegistry registry;
    private final ProjectionLock lock;
    private final Map<String, Consumer<EventData>> handlers = new HashMap<>();

    public EventProjector(EventConsumer consumer, MeterRegistry registry, ProjectionLock lock,
            Instance<Projection> projections) {
        this.consumer = consumer;
        this.registry = registry;
        this.lock = lock;
        projections.forEach(projection -> handlers.putAll(projection.handlers()));
    }

    @Incoming("polku-events")
    @Blocking
    public void onEvent(String record) {
        lock.live(() -> apply(record));
    }

    /** Applies one record unless this consumer has already applied its event. */
    void apply(String record) {
        consumer.consume(CONSUMER, record, this::project);
    }

    void project(CloudEvent event) {
        Consumer<EventData> handler = handlers.get(event.type());
        if (handler == null) {
            registry.counter(SKIPPED_METRIC, "type", event.type()).increment();
            return;
        }
        handler.accept(EventData.of(event));
    }
}
