package fi.polku.access;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;

/** Feeds the access projection from the access facts of all services, in a consumer group of its own. */
@ApplicationScoped
@IfBuildProperty(name = "polku.access.client-data", stringValue = "true", enableIfMissing = true)
public class ClientAccessConsumer {

    private final ClientAccessProjection projection;

    public ClientAccessConsumer(ClientAccessProjection projection) {
        this.projection = projection;
    }

    @Incoming("client-access")
    @Blocking
    public void onEvent(String record) {
        projection.consume(record);
    }
}
