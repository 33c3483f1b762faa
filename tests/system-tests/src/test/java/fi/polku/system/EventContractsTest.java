package fi.polku.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fi.polku.testkit.EventSchemas;
import fi.polku.testkit.ProjectFiles;

/** The AsyncAPI document, the schema folder and data minimisation agree. */
class EventContractsTest {

    /** Property names that would carry personal data; no event schema may declare them. */
    private static final List<String> PERSONAL_DATA = List.of("identitycode", "hetu", "ssn", "firstname",
            "lastname", "fullname", "clientname", "email", "phone", "address", "birthdate");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everySchemaIsInTheAsyncApiDocumentAndEveryReferenceResolves() throws IOException {
        JsonNode asyncApi = new ObjectMapper(new YAMLFactory())
                .readTree(ProjectFiles.resolve("api-specs/events/asyncapi.yaml").toFile());
        Set<String> referenced = new HashSet<>();
        collectSchemaRefs(asyncApi, referenced);
        Set<String> files = schemaFiles().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void eventDataSchemasAreClosedAndCarryNoPersonalData() throws IOException {
        for (Path schema : schemaFiles()) {
            if (schema.getFileName().toString().startsWith("CloudEvent")) {
                continue;
            }
            JsonNode root = json.readTree(schema.toFile());
            assertThat(root.path("additionalProperties").asBoolean(true)).as(schema + " allows unknown fields")
                    .isFalse();
            assertThat(propertyNames(root)).as(schema.toString())
                    .noneMatch(name -> PERSONAL_DATA.contains(name.toLowerCase()));
        }
    }

    private static List<Path> schemaFiles() throws IOException {
        try (Stream<Path> files = Files.list(EventSchemas.schemaDirectory())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void collectSchemaRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.asText().startsWith("schemas/")) {
                refs.add(ref.asText().substring("schemas/".length()));
            }
            node.elements().forEachRemaining(child -> collectSchemaRefs(child, refs));
        } else if (node.isArray()) {
            node.forEach(child -> collectSchemaRefs(child, refs));
        }
    }

    private static Set<String> propertyNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null) {
                Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
                fields.forEachRemaining(field -> names.add(field.getKey()));
            }
            node.elements().forEachRemaining(child -> names.addAll(propertyNames(child)));
        } else if (node.isArray()) {
            node.forEach(child -> names.addAll(propertyNames(child)));
        }
        return names;
    }
}
