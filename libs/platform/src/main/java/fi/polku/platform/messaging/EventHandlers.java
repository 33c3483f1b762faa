package fi.polku.platform.messaging;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.events.EventType;
import fi.polku.platform.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One consumer's event handlers, keyed by the full versioned type ({@code fi.polku.<service>.<Name>.v<version>}):
 * each decodes the event's data into the consumer's own record and calls a service method, once per event id
 * ({@link EventConsumer}). A type the consumer does not handle is skipped (recorded as processed, so that it is
 * counted once) and counted in the consumer's skipped metric; a handled type in a version the consumer does not know is refused, so that the record goes to the
 * dead-letter topic instead of being half understood. Obtain one from {@link EventConsumer#handlers}.
 */
public final class EventHandlers {

    private final String consumer;
    private final String skippedMetric;
    private final EventConsumer events;
    private final CloudEventCodec codec;
    private final MeterRegistry registry;
    private final Map<String, Consumer<CloudEvent>> byType = new HashMap<>();
    private final Set<String> unversionedTypes = new HashSet<>();

    EventHandlers(String consumer, String skippedMetric, EventConsumer events, CloudEventCodec codec,
            MeterRegistry registry) {
        this.consumer = consumer;
        this.skippedMetric = skippedMetric;
        this.events = events;
        this.codec = codec;
        this.registry = registry;
    }

    /** Handles {@code type} by decoding its data into {@code dataClass} and passing it to {@code handler}. */
    public <T> EventHandlers on(String type, Class<T> dataClass, Consumer<T> handler) {
        return onEvent(type, event -> handler.accept(codec.data(event, dataClass)));
    }

    /** Handles {@code type} with the whole envelope, for a handler that needs its attributes (e.g. its time). */
    public EventHandlers onEvent(String type, Consumer<CloudEvent> handler) {
        if (byType.putIfAbsent(type, handler) != null) {
            throw new IllegalArgumentException(consumer + " handles " + type + " twice");
        }
        unversionedTypes.add(unversioned(EventType.parse(type)));
        return this;
    }

    /** Handles one Kafka record value: once per event id, skipped when its type is not handled here. */
    public void consume(String record) {
        CloudEvent event = codec.read(record);
        events.consume(consumer, event, handlerOrSkip(event));
    }

    /**
     * Handles the values of a poll's records in their order in one transaction, as {@link #consume} does each;
     * throws when one of them fails, and then none is handled (to go on one by one, isolating the failing one).
     */
    public void consumeAll(List<String> records) {
        events.consumeAll(consumer, records.stream().map(codec::read).toList(), this::handlerOrSkip);
    }

    /**
     * Handles an event that reaches the consumer by another way than its topic (e.g. the producing service's own
     * outbox) in the caller's transaction, once per event id; a type not handled here is left alone.
     */
    public void handleOnce(CloudEvent event) {
        Consumer<CloudEvent> handler = handlerOf(event);
        if (handler != null) {
            events.handleOnce(consumer, event, handler);
        }
    }

    private Consumer<CloudEvent> handlerOrSkip(CloudEvent event) {
        Consumer<CloudEvent> handler = handlerOf(event);
        return handler != null ? handler
                : skipped -> registry.counter(skippedMetric, "type", skipped.type()).increment();
    }

    private Consumer<CloudEvent> handlerOf(CloudEvent event) {
        Consumer<CloudEvent> handler = byType.get(event.type());
        if (handler == null && unversionedTypes.contains(unversioned(EventType.parse(event.type())))) {
            throw new MalformedEventException(consumer + " does not know version " + event.type()
                    + " of an event type it handles");
        }
        return handler;
    }

    private static String unversioned(EventType type) {
        return type.service() + "." + type.name();
    }
}
