package fi.polku.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real PostgreSQL server and Kafka broker that a test JVM or the local stack runs on. Tests share one of each
 * per JVM (on free ports, in a temporary directory); the local stack uses fixed ports and a kept directory.
 */
public final class Infrastructure implements AutoCloseable {

    private static Infrastructure shared;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    public Infrastructure(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** One PostgreSQL and one Kafka on free ports for this JVM, stopped when the JVM exits. */
    public static synchronized Infrastructure sharedForTests() {
        if (shared == null) {
            Path dir = tempDir();
            shared = new Infrastructure(PostgresServer.onFreePort(dir.resolve("postgres")),
                    KafkaBroker.onFreePort(dir.resolve("kafka"))).start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop-test-infrastructure"));
        }
        return shared;
    }

    public static Infrastructure onFreePorts(Path dir) {
        return new Infrastructure(PostgresServer.onFreePort(dir.resolve("postgres")),
                KafkaBroker.onFreePort(dir.resolve("kafka")));
    }

    public Infrastructure start() {
        postgres.start();
        kafka.start();
        return this;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }

    static Path tempDir() {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"));
            return Files.createTempDirectory(base, "polku-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
