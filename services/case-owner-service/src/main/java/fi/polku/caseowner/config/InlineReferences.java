package fi.polku.caseowner.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes a field that refers to another schema and says something of its own (a description, nullability) the way
 * OpenAPI 3.0 tools read it. The generator writes such a field as its own keywords next to {@code allOf: [$ref]}
 * (e.g. {@code type: string, description: ..., allOf: [$ref: UUID]}), and there
 * <ul>
 * <li>{@code nullable} does not reach into the {@code allOf}: validators and generated clients refuse the null the
 * field may hold;</li>
 * <li>the field's format or enum is only behind the reference, where tools that read the field itself (the
 * bad-input generator's samples, some linters) do not look.</li>
 * </ul>
 * This filter writes the referenced schema inline instead, keeping the field's description; a nullable field's
 * schema allows null (a nullable enum lists null among its values, as OpenAPI 3.0.3 asks). Objects are inlined only
 * when nullable; a field that is a plain {@code $ref} stays one. A component nothing refers to afterwards is dropped.
 * The generator's UUID pattern is anchored on the way.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class InlineReferences implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        anchorUuidPattern(components.get("UUID"));
        Set<String> inlined = new HashSet<>();
        for (Schema component : components.values()) {
            if (component.getProperties() == null) {
                continue;
            }
            for (Schema property : component.getProperties().values()) {
                String target = inline(property, components);
                if (target != null) {
                    inlined.add(target);
                }
            }
        }
        Set<String> used = new HashSet<>();
        collectReferences(openAPI.getPaths(), used);
        collectReferences(components, used);
        inlined.stream().filter(name -> !used.contains(PREFIX + name)).forEach(openAPI.getComponents()::removeSchema);
    }

    /** The generator's UUID pattern matches anywhere in a string; the id is the whole string. */
    private static void anchorUuidPattern(Schema uuid) {
        if (uuid != null && uuid.getPattern() != null && !uuid.getPattern().startsWith("^")) {
            uuid.setPattern("^" + uuid.getPattern() + "$");
        }
    }

    /** Every {@code $ref} under the model object: schemas, and the maps and lists of the document around them. */
    private static void collectReferences(Object node, Set<String> refs) {
        if (node instanceof Schema schema) {
            if (schema.getRef() != null) {
                refs.add(schema.getRef());
            }
            collectReferences(schema.getAll(), refs);
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectReferences(value, refs));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectReferences(value, refs));
        } else if (node instanceof Paths paths && paths.getPathItems() != null) {
            paths.getPathItems().values().forEach(item -> collectReferences(item, refs));
        } else if (node instanceof PathItem item) {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> collectReferences(operation, refs));
            }
            collectReferences(item.getParameters(), refs);
        } else if (node instanceof Operation operation) {
            collectReferences(operation.getParameters(), refs);
            if (operation.getRequestBody() != null) {
                collectReferences(operation.getRequestBody().getContent(), refs);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    collectReferences(response.getContent(), refs);
                    collectReferences(response.getHeaders(), refs);
                });
            }
        } else if (node instanceof Parameter parameter) {
            collectReferences(parameter.getSchema(), refs);
        } else if (node instanceof Header header) {
            collectReferences(header.getSchema(), refs);
        } else if (node instanceof Content content && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> collectReferences(media.getSchema(), refs));
        }
    }

    /** Inlines the property's referenced schema where needed; answers the referenced component's name, or null. */
    private static String inline(Schema property, Map<String, Schema> components) {
        String ref = referenceOf(property);
        if (ref == null || !ref.startsWith(PREFIX) || !components.containsKey(ref.substring(PREFIX.length()))) {
            return null;
        }
        Schema target = components.get(ref.substring(PREFIX.length()));
        boolean nullable = isNullable(property);
        boolean object = target.getProperties() != null
                || (target.getType() != null && target.getType().contains(Schema.SchemaType.OBJECT));
        if (object && !nullable) {
            return null;
        }
        Map<String, Object> inlined = new LinkedHashMap<>(target.getAll());
        Map<String, ?> own = property.getAll();
        for (String kept : List.of("description", "deprecated", "readOnly")) {
            if (own.get(kept) != null) {
                inlined.put(kept, own.get(kept));
            }
        }
        property.setAll(inlined);
        if (!nullable) {
            return ref.substring(PREFIX.length());
        }
        List<Schema.SchemaType> types = new ArrayList<>(target.getType() == null ? List.of() : target.getType());
        if (!types.contains(Schema.SchemaType.NULL)) {
            types.add(Schema.SchemaType.NULL);
        }
        property.setType(types);
        if (target.getEnumeration() != null && !target.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(target.getEnumeration());
            values.add(null);
            property.setEnumeration(values);
        }
        return ref.substring(PREFIX.length());
    }

    /**
     * The one schema the property refers to with keywords of its own: {@code $ref} with siblings, {@code allOf:
     * [$ref]}, or {@code anyOf: [$ref, {type: null}]} (the generator's model before it is written as OpenAPI 3.0);
     * null for anything else.
     */
    private static String referenceOf(Schema property) {
        if (property.getRef() != null) {
            // A reference with keywords of its own beside it, which OpenAPI 3.0 would ignore.
            return property.getAll().size() > 1 ? property.getRef() : null;
        }
        List<Schema> refs = new ArrayList<>();
        for (List<Schema> composed : Arrays.asList(property.getAllOf(), property.getAnyOf())) {
            if (composed == null) {
                continue;
            }
            for (Schema part : composed) {
                if (part.getRef() != null) {
                    refs.add(part);
                } else if (!List.of(Schema.SchemaType.NULL).equals(part.getType()) || part.getAll().size() != 1) {
                    return null;
                }
            }
        }
        return refs.size() == 1 && property.getOneOf() == null ? refs.get(0).getRef() : null;
    }

    private static boolean isNullable(Schema schema) {
        return (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL))
                || Boolean.TRUE.equals(schema.get("nullable"));
    }
}
