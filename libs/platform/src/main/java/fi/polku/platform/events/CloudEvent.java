package fi.polku.platform.events;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode, as it travels as a Kafka record value.
 * {@code subject} is the pseudonymous client id, which is also the record key. {@code dataschema} is the URI of the
 * JSON Schema of {@code data} ({@link EventType#dataschema()}); events written before it was set have none.
 * Attributes this record does not know (CloudEvents extensions) are ignored when reading.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    public static final String STRUCTURED_MEDIA_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** An envelope without {@code dataschema}, as events were written before it was set. */
    public CloudEvent(String specversion, String id, String source, String type, String subject, OffsetDateTime time,
            String datacontenttype, JsonNode data) {
        this(specversion, id, source, type, subject, time, datacontenttype, null, data);
    }

    /** The short event name without namespace and version, e.g. {@code ClientRegistered}. */
    public String simpleType() {
        return EventType.parse(type).name();
    }
}
