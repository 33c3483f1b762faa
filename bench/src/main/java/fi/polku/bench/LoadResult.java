package fi.polku.bench;

import org.HdrHistogram.Histogram;

/** What one load run measured: completed requests per second and their latency. */
record LoadResult(String operation, String load, long requests, long errors, double seconds, double p50Millis,
        double p99Millis, double maxMillis) {

    static LoadResult of(String operation, String load, Histogram latencyMicros, long errors, double seconds) {
        return new LoadResult(operation, load, latencyMicros.getTotalCount(), errors, seconds,
                latencyMicros.getValueAtPercentile(50) / 1000.0, latencyMicros.getValueAtPercentile(99) / 1000.0,
                latencyMicros.getMaxValue() / 1000.0);
    }

    double throughput() {
        return requests / seconds;
    }
}
