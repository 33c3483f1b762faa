package fi.polku.platform.outbox;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

@ConfigMapping(prefix = "polku.outbox")
public interface OutboxRelayConfig {

    /** Whether this instance relays the outbox to Kafka. */
    @WithDefault("true")
    boolean enabled();

    /** Rows published per round trip to the broker. */
    @WithDefault("500")
    int batchSize();

    /** The longest the relay sleeps when no commit wakes it (a safety net under LISTEN/NOTIFY). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long to wait before retrying after the broker or the database failed. */
    @WithDefault("500ms")
    Duration retryBackoff();

    /** How long published rows are kept for inspection before they are deleted. */
    @WithDefault("7d")
    Duration retention();

    /**
     * The Kafka client settings of the service: every {@code kafka.*} property, and every {@code KAFKA_*}
     * environment variable ({@code KAFKA_SASL_JAAS_CONFIG} is {@code sasl.jaas.config}), keyed without the
     * prefix. These are the settings Quarkus hands to the SmallRye Kafka connector for the consumers and the
     * dead-letter producers, so bootstrap servers, {@code security.protocol}, {@code sasl.*} and {@code ssl.*}
     * configured once reach the relay too (deploy/README.md, "Kafka users and ACLs").
     */
    @ConfigMapping(prefix = "kafka")
    interface Kafka {

        @WithParentName
        Map<String, String> properties();
    }
}
