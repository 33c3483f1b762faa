package fi.polku.partner.config;

import java.time.Duration;

import fi.polku.partner.domain.RetrySchedule;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "polku.webhooks")
public interface WebhookConfig {

    /** Whether callback URLs may be plain http (only the local stack and tests, whose receivers are on localhost). */
    @WithDefault("false")
    boolean allowHttp();

    /** Whether this instance sends deliveries (the fan-out runs regardless). */
    @WithDefault("true")
    boolean dispatch();

    /** How often the dispatcher looks for due deliveries when it found none. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Due deliveries claimed and sent together (each to a different client of a subscription). */
    @WithDefault("50")
    int batchSize();

    /** How long a receiver may take to connect. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long a receiver may take to answer; no answer is a failed attempt. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** How long a rotated-out secret goes on signing beside the new one when the rotation names no overlap. */
    @WithDefault("PT24H")
    Duration secretOverlap();

    Retry retry();

    interface Retry {

        @WithDefault("PT5S")
        Duration firstDelay();

        @WithDefault("PT1H")
        Duration maxDelay();

        /** At least a day (issue 17): a receiver that is down over a night and a day still gets its events. */
        @WithDefault("PT25H")
        Duration giveUpAfter();

        @WithDefault("0.2")
        double jitter();

        default RetrySchedule schedule() {
            return new RetrySchedule(firstDelay(), maxDelay(), giveUpAfter(), jitter());
        }
    }
}
