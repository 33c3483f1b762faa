package fi.polku.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's limit: Kafka's own producer-performance tool (kafka-tools, the broker's version) against the
 * system's broker, with records of our events' size and the outbox relay's producer settings (idempotent,
 * {@code acks=all}, {@code linger.ms=1}). It runs as a JVM of its own, as the tool is meant to.
 */
final class ProducerPerfBaseline {

    record Run(long records, int recordSize, double recordsPerSecond, double averageLatencyMillis,
            double p99LatencyMillis) {
    }

    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([0-9.]+) records/sec \\([0-9.]+ MB/sec\\), ([0-9.]+) ms avg latency, "
                    + "[0-9.]+ ms max latency, \\d+ ms 50th, \\d+ ms 95th, (\\d+) ms 99th");

    private final String bootstrapServers;
    private final Path workDir;

    ProducerPerfBaseline(String bootstrapServers, Path workDir) {
        this.bootstrapServers = bootstrapServers;
        this.workDir = workDir;
    }

    Run run(long records, int recordSize) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", "bench.producer-perf",
                "--num-records", Long.toString(records), "--record-size", Integer.toString(recordSize),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all",
                "enable.idempotence=true", "linger.ms=1");
        String output = Processes.run(command, workDir.resolve("producer-perf.log"));
        // progress lines carry no percentiles; only the closing summary matches
        Matcher summary = SUMMARY.matcher(output);
        if (!summary.find()) {
            throw new IllegalStateException("Unexpected producer-performance output:\n" + output);
        }
        return new Run(Long.parseLong(summary.group(1)), recordSize, Double.parseDouble(summary.group(2)),
                Double.parseDouble(summary.group(3)), Double.parseDouble(summary.group(4)));
    }
}
