package fi.polku.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fi.polku.platform.events.EventType;
import fi.polku.testkit.EventSchemas;
import fi.polku.testkit.ProjectFiles;

/**
 * The AsyncAPI document, the catalogue, the schema folder and data minimisation agree: one message per real
 * CloudEvents type per producer, schemas open for tolerant readers, producers' validation strict.
 */
class EventContractsTest {

    /** Property names that would carry personal data; no event schema may declare them. */
    private static final List<String> PERSONAL_DATA = List.of("identitycode", "hetu", "ssn", "firstname",
            "lastname", "fullname", "clientname", "email", "phone", "address", "birthdate");

    /**
     * Unconstrained strings that are not free text: identifiers (login subjects, organisation ids, the service), the
     * names of the acting professional or a consent party's organisation (never the client's), and what the code
     * writes itself (an access log action, the assignment rule, the roles).
     */
    private static final Set<String> NOT_FREE_TEXT = Set.of("subject", "actorSubject", "actorName", "actorRoles",
            "actorOrganisation", "organisation", "providerOrganisation", "referrerOrganisation",
            "responsibleOrganisation", "service", "userId", "professionalUserId", "fromProfessionalUserId",
            "toProfessionalUserId", "teamMemberUserIds[]", "userIds[]", "organisations[]", "changedBy", "sentBy", "rule", "action", "name");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everySchemaIsInTheAsyncApiDocumentAndEveryReferenceResolves() throws IOException {
        JsonNode asyncApi = asyncApi();
        Set<String> referenced = new HashSet<>();
        collectSchemaRefs(asyncApi, referenced);
        Set<String> files = schemaFiles().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void publishedSchemasAreOpenForTolerantReadersAndCarryNoPersonalData() throws IOException {
        for (Path schema : schemaFiles()) {
            JsonNode root = json.readTree(schema.toFile());
            assertThat(closedObjects(root, "$")).as(schema + " forbids unknown properties; consumers read tolerantly")
                    .isEmpty();
            assertThat(root.path("$id").asText()).as(schema + " $id")
                    .isEqualTo(EventType.SCHEMA_BASE + schema.getFileName());
            if (!schema.getFileName().toString().startsWith("CloudEvent")) {
                assertThat(propertyNames(root)).as(schema.toString())
                        .noneMatch(name -> PERSONAL_DATA.contains(name.toLowerCase()));
            }
        }
    }

    /**
     * Events carry ids, categories, codes and dates, never free text (reasons, notes, summaries stay in the owning
     * service's database): a string is free text unless it has a format, an enum, a const or a pattern, or is one of
     * {@link #NOT_FREE_TEXT}.
     */
    @Test
    void noEventSchemaHasAFreeTextField() throws IOException {
        Set<String> freeText = new java.util.TreeSet<>();
        for (Path schema : schemaFiles()) {
            if (!schema.getFileName().toString().startsWith("CloudEvent")) {
                collectFreeText(json.readTree(schema.toFile()), "", schema.getFileName() + "#", freeText);
            }
        }
        assertThat(freeText).as("free-text fields in event schemas (security issue item 12)").isEmpty();
    }

    /**
     * A version no producer publishes any more keeps its schema in {@code schemas/retired/} while its events may still
     * be on the topics (consumers keep its handler); each is replaced by a later version that is published.
     */
    @Test
    void everyRetiredVersionIsReplacedByAPublishedLaterOne() throws IOException {
        Map<String, Integer> published = new HashMap<>();
        for (Path schema : schemaFiles()) {
            EventType type = typeOf(schema);
            published.merge(type.name(), type.version(), Math::max);
        }
        try (Stream<Path> files = Files.list(EventSchemas.schemaDirectory().resolve("retired"))) {
            for (Path retired : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                EventType type = typeOf(retired);
                assertThat(published.getOrDefault(type.name(), 0)).as("%s is replaced by a published later version",
                        retired.getFileName()).isGreaterThan(type.version());
                assertThat(json.readTree(retired.toFile()).path("$id").asText()).as(retired + " $id")
                        .isEqualTo(type.dataschema());
            }
        }
    }

    /** The type a schema file ({@code <Name>.v<n>.json}) describes, its service left open. */
    private static EventType typeOf(Path schema) {
        String file = schema.getFileName().toString();
        int version = file.lastIndexOf(".v");
        return EventType.of("any", file.substring(0, version),
                Integer.parseInt(file.substring(version + 2, file.length() - ".json".length())));
    }

    private static void collectFreeText(JsonNode schema, String path, String file, Set<String> found) {
        schema.path("properties").fields().forEachRemaining(property -> {
            String name = path + property.getKey();
            JsonNode value = property.getValue();
            if (isUnconstrainedString(value) && !NOT_FREE_TEXT.contains(property.getKey())) {
                found.add(file + name);
            }
            collectFreeText(value, name + ".", file, found);
            JsonNode items = value.path("items");
            if (items.isObject()) {
                if (isUnconstrainedString(items) && !NOT_FREE_TEXT.contains(property.getKey() + "[]")) {
                    found.add(file + name + "[]");
                }
                collectFreeText(items, name + "[].", file, found);
            }
        });
    }

    private static boolean isUnconstrainedString(JsonNode schema) {
        JsonNode type = schema.path("type");
        boolean string = type.isArray() ? type.toString().contains("\"string\"") : "string".equals(type.asText());
        return string && !schema.has("format") && !schema.has("enum") && !schema.has("const")
                && !schema.has("pattern");
    }

    @Test
    void everyMessageIsNamedByItsRealTypeWithTypeSourceAndDataschemaFixedAndTheKeyDocumented() throws IOException {
        JsonNode asyncApi = asyncApi();
        assertThat(asyncApi.path("servers").size()).as("servers").isPositive();
        Set<String> names = new HashSet<>();
        asyncApi.path("components").path("messages").fields().forEachRemaining(entry -> {
            JsonNode message = entry.getValue();
            String name = message.path("name").asText();
            EventType type = EventType.parse(name);
            assertThat(names.add(name)).as("%s is documented once", name).isTrue();
            assertThat(message.path("contentType").asText()).as(name).startsWith("application/cloudevents+json");
            assertThat(message.path("headers").path("properties").path("ce_type").path("const").asText()).as(name)
                    .isEqualTo(name);
            JsonNode envelope = message.path("payload").path("allOf");
            assertThat(envelope.get(0).path("$ref").asText()).as(name).isEqualTo("schemas/CloudEvent.v1.json");
            JsonNode fixed = envelope.get(1).path("properties");
            assertThat(fixed.path("type").path("const").asText()).as(name).isEqualTo(name);
            assertThat(fixed.path("source").path("const").asText()).as(name).isEqualTo("/polku/" + type.service());
            assertThat(fixed.path("dataschema").path("const").asText()).as(name).isEqualTo(type.dataschema());
            assertThat(fixed.path("data").path("$ref").asText()).as(name)
                    .isEqualTo("schemas/" + type.name() + ".v" + type.version() + ".json");
            JsonNode key = message.path("bindings").path("kafka").path("key");
            assertThat(key.path("type").asText()).as("%s documents the record key", name).isEqualTo("string");
        });
        assertThat(names).containsExactlyInAnyOrderElementsOf(catalogueTypes());
        asyncApi.path("channels").forEach(channel -> assertThat(channel.path("bindings").path("kafka")
                .path("topic").asText()).isEqualTo(channel.path("address").asText()));
    }

    @Test
    void producersValidateStrictlyWhileThePublishedSchemasLetConsumersReadTolerantly() {
        UUID kept = UUID.randomUUID();
        ObjectNode event = json.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/polku/intake").put("type", "fi.polku.intake.ClientsMerged.v1")
                .put("subject", kept.toString()).put("time", "2026-01-01T10:00:00Z")
                .put("datacontenttype", "application/json")
                .put("dataschema", "https://polku.fi/schemas/events/ClientsMerged.v1.json");
        event.putObject("data").put("clientId", kept.toString()).put("mergedClientId", UUID.randomUUID().toString())
                .put("mergedAt", "2026-01-01T10:00:00Z");
        EventSchemas.assertValid(event);

        ObjectNode newerData = event.deepCopy();
        ((ObjectNode) newerData.get("data")).put("addedInACompatibleVersion", true);
        ObjectNode extension = event.deepCopy().put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        ObjectNode withoutDataschema = event.deepCopy();
        withoutDataschema.remove("dataschema");
        ObjectNode wrongDataschema = event.deepCopy().put("dataschema", "https://polku.fi/schemas/events/Other.v1.json");
        for (ObjectNode tolerated : List.of(newerData, extension, withoutDataschema)) {
            EventSchemas.assertValidTolerant(tolerated);
            assertThatThrownBy(() -> EventSchemas.assertValid(tolerated)).isInstanceOf(AssertionError.class);
        }
        assertThatThrownBy(() -> EventSchemas.assertValid(wrongDataschema)).hasMessageContaining("dataschema");
    }

    /**
     * The types the catalogue (README.md) names: fi.polku.<producer>.<Name>.v<n> for each producer of each row, the
     * version as the row names it ({@code CaseOwnerChanged.v2}; none is v1).
     */
    private static Set<String> catalogueTypes() throws IOException {
        Set<String> types = new HashSet<>();
        for (String line : Files.readAllLines(ProjectFiles.resolve("api-specs/events/README.md"))) {
            String[] cells = line.strip().replaceAll("^\\||\\|$", "").split("\\|");
            if (cells.length == 5 && cells[0].strip().startsWith("polku.")) {
                String[] nameAndVersion = cells[1].strip().split("\\.v");
                int version = nameAndVersion.length > 1 ? Integer.parseInt(nameAndVersion[1]) : 1;
                for (String producer : cells[2].split(",")) {
                    types.add(EventType.of(producer.strip(), nameAndVersion[0], version).toString());
                }
            }
        }
        return types;
    }

    private static JsonNode asyncApi() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ProjectFiles.resolve("api-specs/events/asyncapi.yaml").toFile());
    }

    /** JSON paths of the object schemas that say {@code additionalProperties: false}. */
    private static List<String> closedObjects(JsonNode node, String path) {
        List<String> closed = new ArrayList<>();
        if (node.isObject()) {
            JsonNode additional = node.get("additionalProperties");
            if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                closed.add(path);
            }
            node.fields().forEachRemaining(field -> closed.addAll(closedObjects(field.getValue(),
                    path + "." + field.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                closed.addAll(closedObjects(node.get(i), path + "[" + i + "]"));
            }
        }
        return closed;
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
