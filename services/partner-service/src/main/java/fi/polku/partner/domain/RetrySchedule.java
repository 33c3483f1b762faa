package fi.polku.partner.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: exponential back-off (the first delay, doubled after each failure up to a
 * ceiling) with jitter (each delay drawn within ±{@code jitter} of its nominal value, so that deliveries that failed
 * together do not return together), until {@code giveUpAfter} has passed since the first attempt; then the delivery
 * has failed. With the defaults (5 s doubling to 1 h, for 25 h) a receiver that is down for a day still gets it.
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, Duration giveUpAfter, double jitter) {

    public RetrySchedule {
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be within [0, 1), not " + jitter);
        }
    }

    /**
     * @param firstAttemptAt when the delivery was first tried
     * @param failedAttempts how many attempts have failed, this one included (at least 1)
     * @return when to try again, or empty when the delivery has failed for good
     */
    public Optional<OffsetDateTime> nextAttempt(OffsetDateTime firstAttemptAt, int failedAttempts, OffsetDateTime now,
            RandomGenerator random) {
        if (!now.isBefore(firstAttemptAt.plus(giveUpAfter))) {
            return Optional.empty();
        }
        long nominal = nominalDelay(failedAttempts).toMillis();
        long jittered = Math.round(nominal * (1 - jitter + 2 * jitter * random.nextDouble()));
        return Optional.of(now.plus(Duration.ofMillis(Math.max(1, jittered))));
    }

    Duration nominalDelay(int failedAttempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
