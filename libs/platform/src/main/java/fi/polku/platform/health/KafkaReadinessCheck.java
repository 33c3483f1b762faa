package fi.polku.platform.health;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import fi.polku.platform.kafka.KafkaClientSettings;
import fi.polku.platform.outbox.OutboxRelay;

/**
 * Readiness includes the broker: it answers, and how many events wait in the outbox. While the broker is down,
 * writes still succeed (their events wait in the outbox), but the instance reports that it is not fully ready.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_MS = 2000;

    private final Admin admin;
    private final OutboxRelay relay;

    public KafkaReadinessCheck(KafkaClientSettings kafka, OutboxRelay relay) {
        Properties settings = kafka.forAdmin();
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        settings.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        this.admin = Admin.create(settings);
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kafka").withData("outboxBacklog", relay.backlog());
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).nodes()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
            return response.withData("brokers", brokers).status(brokers > 0).build();
        } catch (Exception e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
