package fi.polku.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.platform.ServiceIdentity;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.audit.AccessRecorded;
import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.events.EventType;
import fi.polku.platform.events.MalformedEventException;
import fi.polku.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;

/**
 * Collects every other service's access log entries here, in the client register, for the client's log request.
 * The register's own entries are in its access log already, written in the transaction of the access itself, so
 * they are not applied a second time (no transaction, no processed-event row per access). An entry of version 2
 * carries the purpose as a code, which is what the register keeps (the words stay in the other service's log); one
 * of version 1, still on the topic, its words. A version this consumer does not know goes to the dead-letter topic.
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
        CloudEvent event = codec.read(record);
        AccessRecorded entry = codec.data(event, AccessRecorded.class);
        if (service.name().equals(entry.service())) {
            return;
        }
        String purpose = purposeOf(event, entry);
        consumer.consume("intake.access-log", record, kept -> accessLog.keep(entry, purpose));
    }

    private static String purposeOf(CloudEvent event, AccessRecorded entry) {
        int version = EventType.parse(event.type()).version();
        if (version == 1) {
            return event.data().path("purpose").asText();
        }
        if (version == AccessLog.EVENT_VERSION && entry.purposeCode() != null) {
            return entry.purposeCode().name();
        }
        throw new MalformedEventException("access log entry " + event.id() + " of type " + event.type()
                + " is not a version this consumer reads (1 or " + AccessLog.EVENT_VERSION + ") or has no purposeCode");
    }
}
