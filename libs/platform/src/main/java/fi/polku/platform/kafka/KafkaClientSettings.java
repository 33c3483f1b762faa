package fi.polku.platform.kafka;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * The Kafka client settings of the service: every {@code kafka.*} property, and every {@code KAFKA_*} environment
 * variable ({@code KAFKA_SASL_JAAS_CONFIG} is {@code sasl.jaas.config}), keyed without the prefix. These are the
 * settings Quarkus hands to the SmallRye Kafka connector, so bootstrap servers, {@code security.protocol},
 * {@code sasl.*} and {@code ssl.*} configured once reach every client the platform builds by hand too (the outbox
 * relay, the readiness check, a projection rebuild; deploy/README.md, "Kafka users and ACLs").
 */
@ConfigMapping(prefix = "kafka")
public interface KafkaClientSettings {

    String TLS_CONFIGURATION_NAME = "tls-configuration-name";

    @WithParentName
    Map<String, String> properties();

    default Properties forProducer() {
        return known(ProducerConfig.configNames());
    }

    default Properties forConsumer() {
        return known(ConsumerConfig.configNames());
    }

    default Properties forAdmin() {
        return known(AdminClientConfig.configNames());
    }

    /** The settings this kind of client knows (others, e.g. a consumer's {@code group.id}, would be warned about). */
    private Properties known(Set<String> names) {
        Properties props = new Properties();
        properties().forEach((key, value) -> {
            if (names.contains(key)) {
                props.put(key, value);
            }
        });
        if (properties().containsKey(TLS_CONFIGURATION_NAME)) {
            // A TLS configuration of the Quarkus TLS registry, as the connector applies it
            props.put(TLS_CONFIGURATION_NAME, properties().get(TLS_CONFIGURATION_NAME));
            props.put("ssl.engine.factory.class", "io.quarkus.kafka.client.tls.QuarkusKafkaSslEngineFactory");
        }
        return props;
    }
}
