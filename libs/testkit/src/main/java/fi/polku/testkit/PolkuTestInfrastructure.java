package fi.polku.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database of its own and the real Kafka broker:
 * {@code @QuarkusTestResource(value = PolkuTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "intake"))}.
 */
public class PolkuTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "polku";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Infrastructure infrastructure = Infrastructure.sharedForTests();
        infrastructure.postgres().createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.postgres().jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "kafka.bootstrap.servers", infrastructure.kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // shared for the JVM; stopped by its shutdown hook
    }
}
