package fi.polku.bench;

import java.time.Duration;
import java.util.List;

import fi.polku.testkit.system.PolkuService;

/**
 * How much the benchmark does: {@code smoke} (tiny counts; the test command runs it to check that every phase
 * still runs and produces figures, which mean nothing), {@code quick} to try it out in a few minutes, {@code full}
 * for RESULTS.md. {@code costRequests} requests from {@code costConcurrency} workers measure the CPU cost of a
 * registration and of a read; {@code idleWindow} is how long the idle system's own CPU is measured before each.
 * {@code restartedAlone}: the services whose start-up alone is timed (smoke: one, as each takes a stop and a start).
 */
record BenchSettings(String mode, int professionals, int providers, int seedClients, List<Integer> concurrency,
        Duration warmUp, Duration measured, int caseOwnerSamples, int projectionEvents, int relayEvents,
        int producerPerfRecords, Duration pgbenchDuration, int costRequests, int costConcurrency,
        Duration idleWindow, Duration idleTimeout, List<PolkuService> restartedAlone) {

    static BenchSettings of(String mode) {
        BenchSettings settings = switch (mode) {
            // 2 s windows: even a registration taking a second on a busy machine gets counted
            case "smoke" -> new BenchSettings(mode, 10, 2, 4, List.of(1, 2), Duration.ofSeconds(1),
                    Duration.ofSeconds(2), 4, 300, 200, 2_000, Duration.ofSeconds(1), 10, 2, Duration.ofSeconds(1),
                    Duration.ofMinutes(3), List.of(PolkuService.INTAKE));
            case "quick" -> new BenchSettings(mode, 40, 3, 500, List.of(1, 4, 16, 32), Duration.ofSeconds(2),
                    Duration.ofSeconds(5), 60, 20_000, 10_000, 100_000, Duration.ofSeconds(5), 200, 4,
                    Duration.ofSeconds(5), Duration.ofMinutes(15), PolkuService.all());
            case "full" -> new BenchSettings(mode, 120, 6, 3_000, List.of(1, 4, 16, 32), Duration.ofSeconds(5),
                    Duration.ofSeconds(15), 300, 100_000, 30_000, 200_000, Duration.ofSeconds(15), 1_000, 4,
                    Duration.ofSeconds(10), Duration.ofMinutes(15), PolkuService.all());
            default -> throw new IllegalArgumentException("mode is smoke, quick or full, not " + mode);
        };
        if (!settings.concurrency().contains(settings.costConcurrency())) {
            throw new IllegalStateException("the CPU cost is compared with pgbench at the same concurrency");
        }
        return settings;
    }

    /**
     * The soak phase's length ({@link Soak}): full 30 min, quick 3 min, smoke 8 s (its faults take longer; the load
     * goes on until they are over). {@code -Dpolku.bench.soak=10m} or {@code POLKU_BENCH_SOAK=10m} overrides it.
     */
    Duration soak() {
        Duration override = SoakPlan.override();
        if (override != null) {
            return override;
        }
        return switch (mode) {
            case "smoke" -> Duration.ofSeconds(8);
            case "quick" -> Duration.ofMinutes(3);
            default -> Duration.ofMinutes(30);
        };
    }

    int maxConcurrency() {
        return concurrency.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
