package fi.polku.bench;

import java.time.Duration;
import java.util.List;

/** How much the benchmark does: {@code quick} to try it out in a few minutes, {@code full} for RESULTS.md. */
record BenchSettings(String mode, int professionals, int providers, int seedClients, List<Integer> concurrency,
        Duration warmUp, Duration measured, int caseOwnerSamples, int projectionEvents, int relayEvents,
        int producerPerfRecords, Duration pgbenchDuration) {

    static BenchSettings of(String mode) {
        return switch (mode) {
            case "quick" -> new BenchSettings(mode, 40, 3, 500, List.of(1, 4, 16, 32), Duration.ofSeconds(2),
                    Duration.ofSeconds(5), 60, 20_000, 10_000, 100_000, Duration.ofSeconds(5));
            case "full" -> new BenchSettings(mode, 120, 6, 3_000, List.of(1, 4, 16, 32), Duration.ofSeconds(5),
                    Duration.ofSeconds(15), 300, 100_000, 30_000, 200_000, Duration.ofSeconds(15));
            default -> throw new IllegalArgumentException("mode is quick or full, not " + mode);
        };
    }

    int maxConcurrency() {
        return concurrency.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
