package fi.polku.reporting.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.MalformedEventException;

/** Tolerant reads of an event's data fields: absent or null fields are null, wrong formats a malformed event. */
record EventData(CloudEvent event, JsonNode data) {

    static EventData of(CloudEvent event) {
        return new EventData(event, event.data());
    }

    /** The client the event is about: data.clientId, or the subject as the catalogue defines it. */
    UUID clientId() {
        String id = text("clientId");
        return uuid(id != null ? id : event.subject(), "clientId");
    }

    String text(String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    String required(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no " + field);
        }
        return value;
    }

    UUID uuidOrNull(String field) {
        String value = text(field);
        return value == null ? null : uuid(value, field);
    }

    OffsetDateTime time(String field) {
        String value = text(field);
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (RuntimeException e) {
            throw malformed(field, e);
        }
    }

    /** A time field the event cannot be without; when a producer left it out, the event's own time. */
    OffsetDateTime at(String field) {
        OffsetDateTime value = time(field);
        if (value == null) {
            value = event.time();
        }
        if (value == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no " + field);
        }
        return value;
    }

    /** A date field; a date-time is read as its date. */
    LocalDate date(String field) {
        String value = text(field);
        try {
            return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (RuntimeException e) {
            throw malformed(field, e);
        }
    }

    /** A date the event cannot be without; when a producer left it out, the date of the event. */
    LocalDate day(String field) {
        LocalDate value = date(field);
        return value != null ? value : at(field).toLocalDate();
    }

    Integer integer(String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asInt();
    }

    BigDecimal decimal(String field) {
        JsonNode node = data.get(field);
        try {
            return node == null || node.isNull() ? null : new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            throw malformed(field, e);
        }
    }

    Boolean bool(String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asBoolean();
    }

    JsonNode node(String field) {
        return data.path(field);
    }

    /** An object field, read as tolerantly as the event's data. */
    EventData nested(String field) {
        return new EventData(event, data.path(field));
    }

    private UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw malformed(field, e);
        }
    }

    private MalformedEventException malformed(String field, Exception cause) {
        return new MalformedEventException(event.type() + " " + event.id() + ": field " + field + " is invalid", cause);
    }
}
