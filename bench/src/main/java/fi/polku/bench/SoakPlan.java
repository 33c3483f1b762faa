package fi.polku.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import fi.polku.testkit.system.PolkuService;

/**
 * What the soak does and when: its length, and the three faults at spread-out moments of it (a fifth, nine
 * twentieths and seven tenths of the way through), each held for a time in proportion to the soak, within bounds.
 * The load goes on past the soak's length until the last fault is over and {@code tail} after it, so that a short
 * soak (smoke: a few seconds, shorter than the faults themselves) still has each fault once and requests after it.
 *
 * <p>The length is {@link BenchSettings#soak()}; the killed service is case-owner unless
 * {@code -Dpolku.bench.soak.kill} or {@code POLKU_BENCH_SOAK_KILL} names another (module or short name).
 */
record SoakPlan(Duration duration, Duration warmUp, Duration brokerDown, Duration databaseDown,
        PolkuService killed, Duration killedDown, double[] faultAt, Duration tail) {

    static final String DURATION_PROPERTY = "polku.bench.soak";
    static final String KILL_PROPERTY = "polku.bench.soak.kill";

    static SoakPlan of(BenchSettings settings) {
        Duration d = settings.soak();
        return new SoakPlan(d, settings.warmUp(), between(d.dividedBy(60), 1, 30), between(d.dividedBy(180), 1, 10),
                killedService(), between(d.dividedBy(360), 0, 5), new double[] {0.2, 0.45, 0.7},
                between(d.dividedBy(10), 2, 60));
    }

    /** When fault {@code n} (0 broker, 1 database, 2 service) is due, from the soak's start. */
    Duration faultDue(int n) {
        return Duration.ofNanos(Math.round(duration.toNanos() * faultAt[n]));
    }

    /** {@code -Dpolku.bench.soak} or {@code POLKU_BENCH_SOAK}: {@code 10m}, {@code 90s}, {@code 1h} or ISO-8601. */
    static Duration override() {
        String value = setting(DURATION_PROPERTY);
        return value == null ? null : parse(value);
    }

    static Duration parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(v);
            }
            long amount = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The soak's length is like 90s, 10m, 1h or PT10M, not " + value, e);
        }
    }

    private static PolkuService killedService() {
        String value = setting(KILL_PROPERTY);
        if (value == null) {
            return PolkuService.CASE_OWNER;
        }
        return PolkuService.all().stream()
                .filter(s -> s.module().equals(value.strip()) || s.shortName().equals(value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + value + "; one of "
                        + Arrays.toString(PolkuService.all().stream().map(PolkuService::shortName).toArray())));
    }

    /** A system property, else the environment variable of the same name in capitals with underscores. */
    private static String setting(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static Duration between(Duration value, long minSeconds, long maxSeconds) {
        Duration min = Duration.ofSeconds(minSeconds);
        Duration max = Duration.ofSeconds(maxSeconds);
        return value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
    }
}
