package fi.polku.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fi.polku.testkit.contract.ContractRules;

/**
 * The committed {@code api-specs/<service>/openapi.yaml} must equal what the service serves at {@code /q/openapi}.
 * Run the tests with {@code -Dpolku.update-specs=true} to write the served document after an intended change.
 * The spec must also keep the promises of {@link ContractRules}.
 */
public final class OpenApiContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OpenApiContract() {
    }

    public static Path committedSpec(String service) {
        return ProjectFiles.resolve("api-specs/" + service + "/openapi.yaml");
    }

    public static void assertServedMatchesCommitted(String service, String servedYaml) {
        Path committed = committedSpec(service);
        try {
            if (Boolean.getBoolean("polku.update-specs")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, servedYaml);
                assertKeepsTheRules(committed);
                return;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError("No committed OpenAPI spec at " + committed
                        + "; run the tests once with -Dpolku.update-specs=true");
            }
            JsonNode served = YAML.readTree(servedYaml);
            JsonNode expected = YAML.readTree(Files.readString(committed));
            if (!served.equals(expected)) {
                throw new AssertionError("The API served by " + service + " differs from " + committed
                        + ". If the change is intended, run the tests with -Dpolku.update-specs=true and commit it.");
            }
            assertKeepsTheRules(committed);
        } catch (IOException e) {
            throw new AssertionError("Cannot compare OpenAPI documents for " + service, e);
        }
    }

    private static void assertKeepsTheRules(Path spec) {
        List<String> broken = ContractRules.broken(spec);
        if (!broken.isEmpty()) {
            throw new AssertionError(spec + " breaks " + broken.size() + " contract rule(s):\n  "
                    + String.join("\n  ", broken));
        }
    }
}
