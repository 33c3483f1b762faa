package fi.polku.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import fi.polku.platform.events.EventType;

/** Validates emitted events against the committed JSON Schemas in {@code api-specs/events/schemas/}. */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventSchemas() {
    }

    /** Fails unless the envelope is a valid CloudEvent and its data matches the schema of its type. */
    public static void assertValid(JsonNode event) {
        check(schema("CloudEvent.v1.json"), event, "envelope of " + event.path("id").asText());
        EventType type = EventType.parse(event.path("type").asText());
        check(schema(type.name() + ".v" + type.version() + ".json"), event.path("data"), type.toString());
    }

    public static Path schemaDirectory() {
        return ProjectFiles.resolve("api-specs/events/schemas");
    }

    private static JsonSchema schema(String fileName) {
        Path file = schemaDirectory().resolve(fileName);
        if (!Files.exists(file)) {
            throw new AssertionError("No JSON Schema committed for " + fileName + " in " + schemaDirectory());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return FACTORY.getSchema(in);
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
