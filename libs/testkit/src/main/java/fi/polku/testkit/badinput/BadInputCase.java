package fi.polku.testkit.badinput;

import java.util.Map;

/**
 * One request that the service must refuse with a 4xx problem+json naming {@code field}, without changing anything.
 * {@code body} is sent byte for byte (null: no body); {@code field} is a JSON path such as {@code parties[0].role},
 * a parameter name, {@code $} for the body as a whole, or {@code Content-Type}.
 */
public record BadInputCase(String name, ApiOperation operation, String path, Map<String, String> query,
        String contentType, byte[] body, String field) {

    public BadInputCase {
        query = Map.copyOf(query);
    }

    public String method() {
        return operation.method();
    }

    /** A role allowed to call the operation, so that the request gets as far as its input checks. */
    public String role() {
        return operation.roles().isEmpty() ? null : operation.roles().get(0);
    }

    @Override
    public String toString() {
        return operation + " " + name;
    }
}
