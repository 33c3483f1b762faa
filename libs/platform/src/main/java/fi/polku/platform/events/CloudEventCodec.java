package fi.polku.platform.events;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds, writes and reads the CloudEvents envelope; the one place that knows its JSON shape. */
@ApplicationScoped
public class CloudEventCodec {

    private final ObjectMapper mapper;

    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CloudEvent create(String source, EventType type, UUID clientId, Object data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type.toString(),
                clientId.toString(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                CloudEvent.CONTENT_TYPE, type.dataschema(), mapper.valueToTree(data));
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be written as JSON: " + event.type(), e);
        }
    }

    /**
     * Reads an envelope tolerantly: attributes it does not know (CloudEvents extensions, attributes of a later
     * minor version) are ignored, and {@code dataschema} may be present or not.
     */
    public CloudEvent read(String json) {
        CloudEvent event;
        try {
            event = mapper.readerFor(CloudEvent.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("record is not a CloudEvents JSON envelope: " + originalMessage(e), e);
        }
        requirePresent(event.id(), "id");
        requirePresent(event.type(), "type");
        requirePresent(event.source(), "source");
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new MalformedEventException("unsupported specversion '" + event.specversion() + "'");
        }
        if (event.data() == null || !event.data().isObject()) {
            throw new MalformedEventException("event " + event.id() + " has no data object");
        }
        EventType.parse(event.type());
        return event;
    }

    /** Reads the data tolerantly: a producer may add fields in a compatible version. */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(event.data());
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException("data of " + event.type() + " " + event.id() + " does not match "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    private static void requirePresent(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("CloudEvent attribute '" + attribute + "' is missing");
        }
    }

    private static String originalMessage(Exception e) {
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    }
}
