package fi.polku.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import fi.polku.platform.kafka.KafkaClientSettings;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The relay's producer takes the service's {@code kafka.*} client settings, and its guarantees cannot be overridden. */
class OutboxRelayProducerPropertiesTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"intake-service\" password=\"not-a-real-password\";";

    @Test
    void securitySettingsInKafkaPropertiesReachTheProducer() {
        Properties props = producer(Map.of(
                "kafka.bootstrap.servers", "polku-kafka-kafka-bootstrap:9094",
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", JAAS,
                "kafka.ssl.truststore.type", "PEM",
                "kafka.ssl.truststore.location", "/etc/polku/kafka-ca/ca.crt",
                "kafka.group.id", "intake-service"), Map.of());

        assertThat(props)
                .containsEntry("bootstrap.servers", "polku-kafka-kafka-bootstrap:9094")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", JAAS)
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("ssl.truststore.location", "/etc/polku/kafka-ca/ca.crt")
                .doesNotContainKey("group.id");
        assertThatCode(() -> new ProducerConfig(props)).doesNotThrowAnyException();
    }

    @Test
    void environmentVariablesAsInDeployReachTheProducer() {
        Properties props = producer(Map.of("kafka.bootstrap.servers", "${KAFKA_BOOTSTRAP_SERVERS:localhost:19092}"),
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "polku-kafka-kafka-bootstrap:9094",
                        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                        "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                        "KAFKA_SASL_JAAS_CONFIG", JAAS,
                        "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM",
                        "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/polku/kafka-ca/ca.crt"));

        assertThat(props)
                .containsEntry("bootstrap.servers", "polku-kafka-kafka-bootstrap:9094")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", JAAS)
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("ssl.truststore.location", "/etc/polku/kafka-ca/ca.crt");
    }

    @Test
    void theRelaysGuaranteesCannotBeOverridden() {
        Properties props = producer(Map.ofEntries(
                Map.entry("kafka.bootstrap.servers", "localhost:19092"),
                Map.entry("kafka.acks", "1"),
                Map.entry("kafka.enable.idempotence", "false"),
                Map.entry("kafka.retries", "0"),
                Map.entry("kafka.max.in.flight.requests.per.connection", "20"),
                Map.entry("kafka.transactional.id", "shared"),
                Map.entry("kafka.value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer"),
                Map.entry("kafka.delivery.timeout.ms", "120000"),
                Map.entry("kafka.request.timeout.ms", "30000"),
                Map.entry("kafka.client.id", "shared"),
                Map.entry("kafka.linger.ms", "20")), Map.of());

        assertThat(props)
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true)
                .containsEntry("retries", Integer.MAX_VALUE)
                .containsEntry("max.in.flight.requests.per.connection", 5)
                .containsEntry("key.serializer", StringSerializer.class.getName())
                .containsEntry("value.serializer", StringSerializer.class.getName())
                .containsEntry("delivery.timeout.ms", 10000)
                .containsEntry("request.timeout.ms", 5000)
                .doesNotContainKey("transactional.id");
        assertThat((String) props.get("client.id")).startsWith("outbox-relay-");
        // A tuning setting that is no guarantee is the service's to choose.
        assertThat(props).containsEntry("linger.ms", "20");
        assertThatCode(() -> new ProducerConfig(props)).doesNotThrowAnyException();
    }

    @Test
    void withoutSettingsTheRelayKeepsItsDefaults() {
        Properties props = producer(Map.of("kafka.bootstrap.servers", "localhost:19092"), Map.of());

        assertThat(props).containsEntry("bootstrap.servers", "localhost:19092").containsEntry("linger.ms", 1)
                .containsEntry("reconnect.backoff.max.ms", 1000).doesNotContainKey("security.protocol");
    }

    private static Properties producer(Map<String, String> properties, Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .withMapping(KafkaClientSettings.class)
                .build();
        return OutboxRelay.producerProperties(config.getConfigMapping(KafkaClientSettings.class));
    }
}
