package fi.polku.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.audit.AccessRecorded;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;

/** Collects every service's access log entries here, in the client register, for the client's log request. */
@ApplicationScoped
public class AccessLogConsumer {

    private final EventConsumer consumer;
    private final CloudEventCodec codec;
    private final AccessLog accessLog;

    public AccessLogConsumer(EventConsumer consumer, CloudEventCodec codec, AccessLog accessLog) {
        this.consumer = consumer;
        this.codec = codec;
        this.accessLog = accessLog;
    }

    @Incoming("access-log")
    @Blocking
    public void onAccessRecorded(String record) {
        consumer.consume("intake.access-log", record,
                event -> accessLog.keep(codec.data(event, AccessRecorded.class)));
    }
}
