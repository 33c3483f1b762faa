package fi.polku.testkit.badinput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fi.polku.testkit.OpenApiContract;

/** A service's committed OpenAPI document, read as the operations it offers with every {@code $ref} resolved. */
public final class OpenApiDocument {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    /** Deep enough for every request schema of the project; guards against recursive schemas. */
    private static final int MAX_REF_DEPTH = 12;

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    public static OpenApiDocument ofService(String service) {
        return read(OpenApiContract.committedSpec(service));
    }

    public static OpenApiDocument read(Path file) {
        try {
            return new OpenApiDocument(YAML.readTree(file.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the OpenAPI document " + file, e);
        }
    }

    /** Operations in the document's order: paths as written, methods in a fixed order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(method.toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), operation));
                }
            }
        }
        return operations;
    }

    private ApiOperation operation(String method, String template, JsonNode pathItem, JsonNode operation) {
        List<ApiParameter> parameters = new ArrayList<>();
        for (JsonNode declared : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : declared) {
                JsonNode resolved = resolve(parameter, 0);
                parameters.add(new ApiParameter(resolved.path("name").asText(), resolved.path("in").asText(),
                        resolved.path("required").asBoolean(false), resolve(resolved.path("schema"), 0)));
            }
        }
        JsonNode jsonBody = operation.path("requestBody").path("content").path("application/json").get("schema");
        return new ApiOperation(method, template, roles(operation), parameters,
                jsonBody == null ? null : resolve(jsonBody, 0));
    }

    /** The roles that may call the operation, as the platform documents them ({@code x-polku-roles}). */
    private static List<String> roles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("x-polku-roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    /** The schema with its {@code $ref} replaced by the target, siblings of the reference (e.g. description) kept. */
    JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || !schema.isObject() || depth > MAX_REF_DEPTH) {
            return schema;
        }
        ObjectNode resolved = YAML.createObjectNode();
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            resolved.setAll((ObjectNode) resolve(target(ref.asText()), depth + 1));
        }
        schema.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref")) {
                resolved.set(field.getKey(), resolveChildren(field.getKey(), field.getValue(), depth));
            }
        });
        return resolved;
    }

    private JsonNode resolveChildren(String keyword, JsonNode value, int depth) {
        switch (keyword) {
            case "properties" -> {
                ObjectNode properties = YAML.createObjectNode();
                value.fields().forEachRemaining(p -> properties.set(p.getKey(), resolve(p.getValue(), depth + 1)));
                return properties;
            }
            case "items", "additionalProperties" -> {
                return resolve(value, depth + 1);
            }
            case "allOf", "oneOf", "anyOf" -> {
                ArrayNode schemas = YAML.createArrayNode();
                value.forEach(s -> schemas.add(resolve(s, depth + 1)));
                return schemas;
            }
            default -> {
                return value;
            }
        }
    }

    private JsonNode target(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("Only local references are supported: " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("Unresolvable reference " + ref);
        }
        return target;
    }
}
