package fi.polku.testkit.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * What every Polku OpenAPI spec promises a partner's developer: each operation has a stable camelCase
 * {@code operationId} and a tag, a success response with its body (or 204), a problem+json body on every error
 * status, a 404 where the path has an id, {@code Location} on a 201 and a required {@code If-Match} on conditional
 * updates; each spec has servers, contact and licence. Answers the broken rules, one line each.
 */
public final class ContractRules {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern OPERATION_ID = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private ContractRules() {
    }

    public static List<String> broken(Path spec) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(spec));
        } catch (IOException e) {
            return List.of(spec + ": cannot be read: " + e.getMessage());
        }
        List<String> broken = new ArrayList<>();
        if (!root.path("servers").isArray() || root.path("servers").isEmpty()) {
            broken.add("no servers");
        }
        if (root.path("info").path("contact").isMissingNode()) {
            broken.add("no info.contact");
        }
        if (root.path("info").path("license").path("name").isMissingNode()) {
            broken.add("no info.license");
        }
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    checkOperation(op.getKey().toUpperCase() + " " + path.getKey(), path.getKey(), path.getValue(),
                            op.getValue(), operationIds, broken);
                }
            }
        }
        return broken;
    }

    private static void checkOperation(String name, String path, JsonNode pathItem, JsonNode operation,
            Set<String> operationIds, List<String> broken) {
        String operationId = operation.path("operationId").asText("");
        if (!OPERATION_ID.matcher(operationId).matches()) {
            broken.add(name + ": operationId '" + operationId + "' is missing or not camelCase");
        } else if (!operationIds.add(operationId)) {
            broken.add(name + ": operationId '" + operationId + "' is not unique");
        }
        if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
            broken.add(name + ": no tag");
        }
        JsonNode responses = operation.path("responses");
        boolean success = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            String status = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (status.equals("204") || status.startsWith("2") && !content.isEmpty()) {
                success = true;
            }
            if (status.startsWith("2") && !status.equals("204") && content.isEmpty()) {
                broken.add(name + ": " + status + " has no content (use 204 for no body)");
            }
            if (status.equals("201") && response.getValue().path("headers").path("Location").isMissingNode()) {
                broken.add(name + ": 201 does not document the Location header");
            }
            if ((status.startsWith("4") || status.startsWith("5"))
                    && !PROBLEM_REF.equals(content.path("application/problem+json").path("schema").path("$ref")
                            .asText())) {
                broken.add(name + ": " + status + " has no application/problem+json Problem body");
            }
        }
        if (!success) {
            broken.add(name + ": no success response with content, nor 204");
        }
        if (path.contains("{") && responses.path("404").isMissingNode()) {
            broken.add(name + ": the path has an id but 404 is not documented");
        }
        for (JsonNode parameter : parameters(pathItem, operation)) {
            if ("If-Match".equalsIgnoreCase(parameter.path("name").asText())
                    && !parameter.path("required").asBoolean()) {
                broken.add(name + ": If-Match is not required");
            }
        }
    }

    private static List<JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
        List<JsonNode> all = new ArrayList<>();
        pathItem.path("parameters").forEach(all::add);
        operation.path("parameters").forEach(all::add);
        return all;
    }
}
