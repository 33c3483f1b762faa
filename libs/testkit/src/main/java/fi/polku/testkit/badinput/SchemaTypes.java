package fi.polku.testkit.badinput;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type of a schema, whether written as {@code type: x}, {@code type: [x, "null"]} or implied. */
final class SchemaTypes {

    private SchemaTypes() {
    }

    static String of(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }
}
