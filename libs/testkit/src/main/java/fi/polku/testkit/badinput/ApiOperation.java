package fi.polku.testkit.badinput;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of a committed OpenAPI document: its method, path template, the roles of its security requirement,
 * parameters and the JSON request body schema (null when it takes none), all {@code $ref}s resolved.
 */
public record ApiOperation(String method, String pathTemplate, List<String> roles, List<ApiParameter> parameters,
        JsonNode bodySchema) {

    public boolean hasJsonBody() {
        return bodySchema != null;
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate;
    }
}
