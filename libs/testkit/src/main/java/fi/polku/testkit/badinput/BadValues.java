package fi.polku.testkit.badinput;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The values a schema rules out: wrong types, out-of-range numbers, malformed formats, oversized strings, injections. */
final class BadValues {

    static final String SQL_INJECTION = "x' OR '1'='1'; DROP TABLE outbox_event; --";
    static final String SCRIPT_INJECTION = "<script>alert(document.cookie)</script>";
    /** Oversized for any string field without a documented limit, yet well inside the body size limit. */
    static final int OVERSIZED_LENGTH = 100_000;
    private static final BigInteger HUGE_INTEGER = new BigInteger("99999999999999999999999");
    private static final BigDecimal BEYOND_DOUBLE = new BigDecimal("1e309");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BadValues() {
    }

    /** Bad values for a field of a JSON body. */
    static List<BadValue> forField(JsonNode schema) {
        List<BadValue> values = new ArrayList<>();
        values.add(wrongType(schema));
        values.addAll(forValue(schema));
        return values;
    }

    /** Bad values that are the right JSON type, usable in a body or as a path or query parameter. */
    static List<BadValue> forValue(JsonNode schema) {
        List<BadValue> values = new ArrayList<>();
        switch (SchemaTypes.of(schema)) {
            case "integer" -> {
                values.addAll(outOfRange(schema));
                values.add(new BadValue("integer beyond 64 bits", JSON.numberNode(HUGE_INTEGER)));
                values.add(new BadValue("absurd number 1e309", JSON.numberNode(BEYOND_DOUBLE)));
            }
            case "number" -> {
                values.addAll(outOfRange(schema));
                values.add(new BadValue("absurd number 1e309", JSON.numberNode(BEYOND_DOUBLE)));
            }
            case "array" -> {
                if (schema.has("maxItems")) {
                    ArrayNode tooMany = JSON.arrayNode();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        tooMany.add(SampleValues.of(schema.get("items")));
                    }
                    values.add(new BadValue("more items than maxItems", tooMany));
                }
                if (schema.path("minItems").asInt(0) > 0) {
                    values.add(new BadValue("fewer items than minItems", JSON.arrayNode()));
                }
            }
            case "string" -> values.addAll(strings(schema));
            default -> {
            }
        }
        return values;
    }

    private static BadValue wrongType(JsonNode schema) {
        return switch (SchemaTypes.of(schema)) {
            case "integer", "number" -> new BadValue("wrong type (text for a number)", JSON.textNode("twelve"));
            case "boolean" -> new BadValue("wrong type (text for a boolean)", JSON.textNode("maybe"));
            case "array" -> new BadValue("wrong type (text for a list)", JSON.textNode("not a list"));
            case "object" -> new BadValue("wrong type (text for an object)", JSON.textNode("not an object"));
            default -> new BadValue("wrong type (object for a string)", JSON.objectNode().put("unexpected", "object"));
        };
    }

    private static List<BadValue> outOfRange(JsonNode schema) {
        List<BadValue> values = new ArrayList<>();
        if (schema.has("minimum")) {
            BigDecimal belowMinimum = schema.get("minimum").decimalValue().subtract(BigDecimal.ONE);
            values.add(new BadValue("below minimum", JSON.numberNode(belowMinimum)));
        } else {
            values.add(new BadValue("negative", JSON.numberNode(-1)));
        }
        if (schema.has("maximum")) {
            BigDecimal aboveMaximum = schema.get("maximum").decimalValue().add(BigDecimal.ONE);
            values.add(new BadValue("above maximum", JSON.numberNode(aboveMaximum)));
        }
        return values;
    }

    private static List<BadValue> strings(JsonNode schema) {
        List<BadValue> values = new ArrayList<>();
        if (schema.has("enum")) {
            values.add(new BadValue("unknown enum value", JSON.textNode("NOT_A_KNOWN_VALUE")));
        }
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid" -> {
                values.add(new BadValue("malformed uuid", JSON.textNode("not-a-uuid")));
                values.add(new BadValue("truncated uuid", JSON.textNode("00000000-0000-4000-8000")));
            }
            case "date" -> {
                values.add(new BadValue("impossible date", JSON.textNode("2030-02-30")));
                values.add(new BadValue("date in Finnish notation", JSON.textNode("15.1.2030")));
            }
            case "date-time" -> {
                values.add(new BadValue("date-time without a time zone", JSON.textNode("2030-01-15T10:00:00")));
                values.add(new BadValue("date-time with an impossible offset", JSON.textNode("2030-01-15T10:00:00+25:00")));
                values.add(new BadValue("date-time with a time zone name",
                        JSON.textNode("2030-01-15T10:00:00 Mars/Olympus")));
                values.add(new BadValue("impossible date-time", JSON.textNode("2030-13-45T25:61:00Z")));
            }
            default -> {
            }
        }
        if (schema.has("maxLength")) {
            String tooLong = "x".repeat(schema.get("maxLength").asInt() + 1);
            values.add(new BadValue("longer than maxLength", JSON.textNode(tooLong)));
        } else if (format.isEmpty() && !schema.has("enum") && !isBounded(schema)) {
            values.add(new BadValue("oversized string (" + OVERSIZED_LENGTH + " characters)",
                    JSON.textNode("x".repeat(OVERSIZED_LENGTH))));
        }
        if (schema.path("minLength").asInt(0) > 0) {
            values.add(new BadValue("shorter than minLength", JSON.textNode("")));
        }
        if ("\\S".equals(schema.path("pattern").asText())) {
            values.add(new BadValue("blank", JSON.textNode("   ")));
        }
        if (isConstrained(schema)) {
            for (String injection : List.of(SQL_INJECTION, SCRIPT_INJECTION)) {
                if (!matches(schema, injection)) {
                    String label = injection.equals(SCRIPT_INJECTION) ? "script injection" : "SQL injection";
                    values.add(new BadValue(label, JSON.textNode(injection)));
                }
            }
        }
        return values;
    }

    /** A pattern such as {@code \d{3}} bounds the length by itself. */
    private static boolean isBounded(JsonNode schema) {
        return schema.has("pattern") && !matches(schema, "x".repeat(200));
    }

    private static boolean isConstrained(JsonNode schema) {
        return schema.has("enum") || schema.has("format")
                || (schema.has("pattern") && !"\\S".equals(schema.get("pattern").asText()));
    }

    /** Whether the value could pass the pattern, read the JSON Schema way (unanchored). */
    private static boolean matches(JsonNode schema, String value) {
        if (!schema.has("pattern")) {
            return false;
        }
        try {
            return Pattern.compile(schema.get("pattern").asText()).matcher(value).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
