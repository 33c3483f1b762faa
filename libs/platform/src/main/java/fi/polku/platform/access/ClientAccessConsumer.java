package fi.polku.platform.access;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.messaging.EventConsumer;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;

/** Feeds the access projection from the topics of the services, in a consumer group of its own. */
@ApplicationScoped
@IfBuildProperty(name = "polku.access.client-data", stringValue = "true", enableIfMissing = true)
public class ClientAccessConsumer {

    private final EventConsumer consumer;
    private final CloudEventCodec codec;
    private final ClientAccessProjection projection;

    public ClientAccessConsumer(EventConsumer consumer, CloudEventCodec codec, ClientAccessProjection projection) {
        this.consumer = consumer;
        this.codec = codec;
        this.projection = projection;
    }

    @Incoming("client-access")
    @Blocking
    public void onEvent(String record) {
        if (projection.handles(codec.read(record))) {
            consumer.consume(ClientAccessProjection.CONSUMER, record, projection::apply);
        }
    }
}
