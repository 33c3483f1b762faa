package fi.polku.testkit.badinput;

import com.fasterxml.jackson.databind.JsonNode;

/** A path or query parameter of an operation, with its schema resolved. */
public record ApiParameter(String name, String in, boolean required, JsonNode schema) {

    public boolean inPath() {
        return "path".equals(in);
    }

    public boolean inQuery() {
        return "query".equals(in);
    }
}
