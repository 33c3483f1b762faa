package fi.polku.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    /** The service's defaults (WebhookConfig.Retry). */
    private static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1),
            Duration.ofHours(25), 0.2);
    private static final OffsetDateTime FIRST = OffsetDateTime.parse("2026-12-01T08:00:00Z");

    @Test
    void theDelayDoublesAfterEachFailureUpToTheCeiling() {
        assertThat(DEFAULT.nominalDelay(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(DEFAULT.nominalDelay(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(DEFAULT.nominalDelay(5)).isEqualTo(Duration.ofSeconds(80));
        assertThat(DEFAULT.nominalDelay(30)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void eachDelayIsJitteredWithinTwentyPercent() {
        OffsetDateTime now = FIRST.plusMinutes(1);
        assertThat(DEFAULT.nextAttempt(FIRST, 2, now, fixed(0.0))).contains(now.plusSeconds(8));
        assertThat(DEFAULT.nextAttempt(FIRST, 2, now, fixed(0.5))).contains(now.plusSeconds(10));
        assertThat(DEFAULT.nextAttempt(FIRST, 2, now, fixed(0.999999))).hasValueSatisfying(next ->
                assertThat(next).isBefore(now.plusSeconds(12).plusNanos(1_000_000)));
    }

    @Test
    void aReceiverThatIsDownForADayIsStillTriedAndGivenUpOnlyAfterTheSchedule() {
        RandomGenerator random = RandomGenerator.getDefault();
        OffsetDateTime at = FIRST;
        int attempts = 1;
        Optional<OffsetDateTime> next = DEFAULT.nextAttempt(FIRST, attempts, at, random);
        while (next.isPresent()) {
            at = next.get();
            attempts++;
            next = DEFAULT.nextAttempt(FIRST, attempts, at, random);
        }
        assertThat(Duration.between(FIRST, at)).isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(attempts).isBetween(25, 60);
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
