package fi.polku.testkit.badinput;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plausible valid value for a schema, as the base that one bad value at a time is put into. It need not pass every
 * rule of the service: a case only asserts that the field it spoils is named among the violations.
 */
final class SampleValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /**
     * Today suits rules of both directions on days (e.g. "not in the future", "from today on"); appointments and
     * other moments usually lie ahead. Better than the spec's fixed examples, which are in the past.
     */
    private static final Map<String, String> DATES = Map.of("date", LocalDate.now().toString(),
            "date-time", OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.SECONDS).toString());
    static final UUID SAMPLE_ID = UUID.fromString("00000000-0000-4000-8000-00000000b1d0");

    private SampleValues() {
    }

    static JsonNode of(JsonNode schema) {
        if (schema == null) {
            return JSON.nullNode();
        }
        if (DATES.containsKey(schema.path("format").asText())) {
            return JSON.textNode(DATES.get(schema.get("format").asText()));
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (SchemaTypes.of(schema)) {
            case "object" -> object(schema);
            case "array" -> array(schema);
            case "integer" -> JSON.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number" -> JSON.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.0);
            case "boolean" -> JSON.booleanNode(false);
            default -> JSON.textNode(string(schema));
        };
    }

    private static ObjectNode object(JsonNode schema) {
        ObjectNode object = JSON.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            object.set(property.getKey(), property.getKey().toLowerCase(Locale.ROOT).contains("email")
                    ? JSON.textNode("someone@example.fi") : of(property.getValue()));
        }
        return object;
    }

    private static ArrayNode array(JsonNode schema) {
        ArrayNode array = JSON.arrayNode();
        int size = Math.max(1, schema.path("minItems").asInt(0));
        for (int i = 0; i < size; i++) {
            array.add(of(schema.get("items")));
        }
        return array;
    }

    private static String string(JsonNode schema) {
        return switch (schema.path("format").asText("")) {
            case "uuid" -> SAMPLE_ID.toString();
            case "email" -> "someone@example.fi";
            default -> "Sample";
        };
    }
}
