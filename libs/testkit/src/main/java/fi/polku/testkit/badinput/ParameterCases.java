package fi.polku.testkit.badinput;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Bad values of an operation's path and query parameters, one parameter at a time. */
final class ParameterCases {

    /** A parameter given a bad value, or left out when {@code value} is null. */
    record BadParameter(String label, ApiParameter parameter, String value) {
    }

    private static final int MAX_URL_VALUE = 2000;

    private ParameterCases() {
    }

    static List<BadParameter> of(ApiOperation operation) {
        List<BadParameter> cases = new ArrayList<>();
        for (ApiParameter parameter : operation.parameters()) {
            if (parameter.inQuery() && parameter.required()) {
                cases.add(new BadParameter("missing required query parameter", parameter, null));
            }
            if (parameter.inPath() || parameter.inQuery()) {
                for (BadValue bad : BadValues.forValue(parameter.schema())) {
                    if (fitsInUrl(parameter, text(bad.value()))) {
                        cases.add(new BadParameter(bad.label(), parameter, text(bad.value())));
                    }
                }
            }
        }
        return cases;
    }

    /** Values beyond the HTTP server's request-line limit never reach the application. */
    private static boolean fitsInUrl(ApiParameter parameter, String value) {
        return value.length() <= MAX_URL_VALUE && (parameter.inQuery() || value.matches("[\\w.:+-]+"));
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
