package fi.polku.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
