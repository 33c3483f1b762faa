package fi.polku.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.platform.ServiceIdentity;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.audit.AccessRecorded;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;

/**
 * Collects every other service's access log entries here, in the client register, for the client's log request.
 * The register's own entries are in its access log already, written in the transaction of the access itself, so
 * they are not applied a second time (no transaction, no processed-event row per access).
 */
@ApplicationScoped
public class AccessLogConsumer {

    private final EventConsumer consumer;
    private final CloudEventCodec codec;
    private final AccessLog accessLog;
    private final ServiceIdentity service;

    public AccessLogConsumer(EventConsumer consumer, CloudEventCodec codec, AccessLog accessLog,
            ServiceIdentity service) {
        this.consumer = consumer;
        this.codec = codec;
        this.accessLog = accessLog;
        this.service = service;
    }

    @Incoming("access-log")
    @Blocking
    public void onAccessRecorded(String record) {
        AccessRecorded entry = codec.data(codec.read(record), AccessRecorded.class);
        if (service.name().equals(entry.service())) {
            return;
        }
        consumer.consume("intake.access-log", record, event -> accessLog.keep(entry));
    }
}
