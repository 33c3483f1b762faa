package fi.polku.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import fi.polku.platform.events.EventType;

/**
 * Validates emitted events against the committed JSON Schemas in {@code api-specs/events/schemas/}.
 *
 * <p>The committed schemas are open (unknown properties allowed) so that consumers read tolerantly. A producer's
 * test validates strictly: {@link #assertValid} uses a variant of each schema, generated from the committed file,
 * in which every object schema that lists its {@code properties} and says nothing about others gets
 * {@code additionalProperties: false}, and the envelope must carry {@code dataschema} naming the schema of its
 * type. {@link #assertValidTolerant} checks against the committed schemas as they are, as a consumer may.
 */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENVELOPE = "CloudEvent.v1.json";
    private static final Map<String, JsonSchema> STRICT = new ConcurrentHashMap<>();
    private static final Map<String, JsonSchema> PUBLISHED = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * Fails unless the envelope is a valid CloudEvent with no attribute beyond the documented ones, carries the
     * {@code dataschema} of its type, and its data matches the strict variant of that schema (no unknown fields).
     */
    public static void assertValid(JsonNode event) {
        String what = "envelope of " + event.path("id").asText();
        check(STRICT.computeIfAbsent(ENVELOPE, file -> strictEnvelope(read(file))), event, what);
        EventType type = EventType.parse(event.path("type").asText());
        if (!type.dataschema().equals(event.path("dataschema").asText())) {
            throw new AssertionError(what + " has dataschema '" + event.path("dataschema").asText() + "', not "
                    + type.dataschema());
        }
        String file = fileOf(type);
        check(STRICT.computeIfAbsent(file, name -> FACTORY.getSchema(strict(read(name)))), event.path("data"),
                type.toString());
    }

    /** Fails unless the event matches the committed (open) schemas, as a tolerant consumer reads it. */
    public static void assertValidTolerant(JsonNode event) {
        check(PUBLISHED.computeIfAbsent(ENVELOPE, file -> FACTORY.getSchema(read(file))), event,
                "envelope of " + event.path("id").asText());
        EventType type = EventType.parse(event.path("type").asText());
        check(PUBLISHED.computeIfAbsent(fileOf(type), file -> FACTORY.getSchema(read(file))), event.path("data"),
                type.toString());
    }

    public static Path schemaDirectory() {
        return ProjectFiles.resolve("api-specs/events/schemas");
    }

    /**
     * The strict variant of a schema: a copy in which every object schema with {@code properties} and no
     * {@code additionalProperties} of its own forbids other properties. A schema-valued
     * {@code additionalProperties} (a map, e.g. scale scores) is kept as it is, and so is an {@code if} condition.
     */
    public static JsonNode strict(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        close(copy);
        return copy;
    }

    private static JsonSchema strictEnvelope(JsonNode envelope) {
        ObjectNode strict = (ObjectNode) strict(envelope);
        ArrayNode required = (ArrayNode) strict.get("required");
        required.add("dataschema");
        return FACTORY.getSchema(strict);
    }

    private static void close(JsonNode node) {
        if (node.isObject()) {
            if (node.has("properties") && node.get("properties").isObject() && !node.has("additionalProperties")) {
                ((ObjectNode) node).put("additionalProperties", false);
            }
            // an "if" is a condition on some properties, not the shape of the object: closing it would never match
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("if")) {
                    close(field.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(EventSchemas::close);
        }
    }

    private static String fileOf(EventType type) {
        return type.name() + ".v" + type.version() + ".json";
    }

    private static JsonNode read(String fileName) {
        Path file = schemaDirectory().resolve(fileName);
        if (!Files.exists(file)) {
            throw new AssertionError("No JSON Schema committed for " + fileName + " in " + schemaDirectory());
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }

    private static void check(JsonSchema schema, JsonNode node, String what) {
        Set<ValidationMessage> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            throw new AssertionError(what + " does not match its schema: "
                    + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")));
        }
    }
}
