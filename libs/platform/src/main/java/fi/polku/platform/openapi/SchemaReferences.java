package fi.polku.platform.openapi;

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
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes the properties that refer to another schema the way OpenAPI 3.0 readers understand them. For a property
 * with its own description (or nullable), the generator writes {@code type} next to {@code allOf: [$ref]}; in
 * OpenAPI 3.0 {@code nullable} does not reach into the {@code allOf}, and tools that resolve {@code $ref} but not
 * {@code allOf} (the bad-input generator, some client generators) see a plain string. So:
 * <ul>
 * <li>a reference to a simple schema (an enum, a date, a moment, an id) is written inline with the property's
 * description, nullable where the property is (a nullable enum then lists null among its values, as OpenAPI 3.0.3
 * asks);</li>
 * <li>a reference to an object stays a plain {@code $ref}; where the property may be null, the object is written
 * inline, nullable (3.0's {@code nullable} does not apply to a {@code $ref}).</li>
 * </ul>
 * A component nothing refers to any more is dropped.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SchemaReferences implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> candidates = new HashSet<>();
        for (Schema component : components.values()) {
            if (component.getProperties() != null) {
                component.getProperties().values().forEach(property -> {
                    String target = rewrite(property, components);
                    if (target != null) {
                        candidates.add(target);
                    }
                });
            }
        }
        Set<String> used = new HashSet<>();
        components.values().forEach(schema -> references(schema, used));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> references(item, used));
        }
        candidates.stream().filter(name -> !used.contains(PREFIX + name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    /**
     * Rewrites a property that refers to a component and says more (a description, nullable): in the generator's
     * model {@code $ref} with siblings, {@code allOf: [$ref]} or {@code anyOf: [$ref, {type: null}]}. Answers the
     * component it referred to, or null when the property is left as it was.
     */
    private static String rewrite(Schema property, Map<String, Schema> components) {
        String ref = referenceOf(property);
        if (ref == null || !ref.startsWith(PREFIX)) {
            return null;
        }
        String name = ref.substring(PREFIX.length());
        Schema target = components.get(name);
        boolean nullable = isNullable(property);
        boolean plain = property.getRef() != null && property.getAll().keySet().stream()
                .allMatch(key -> key.equals("$ref") || key.equals("ref"));
        if (target == null || plain) {
            return null;
        }
        if (isObject(target) && !nullable) {
            property.setAll(new LinkedHashMap<>());
            property.setRef(ref);
            return name;
        }
        String description = property.getDescription();
        property.setAll(new LinkedHashMap<>(target.getAll()));
        if (description != null) {
            property.setDescription(description);
        }
        if (nullable) {
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
        }
        return name;
    }

    /** The one component the property refers to, in any of the model's forms; null for anything else. */
    private static String referenceOf(Schema property) {
        if (property.getRef() != null) {
            return property.getRef();
        }
        List<String> refs = new ArrayList<>();
        for (List<Schema> composed : Arrays.asList(property.getAllOf(), property.getAnyOf())) {
            if (composed == null) {
                continue;
            }
            for (Schema part : composed) {
                if (part.getRef() != null) {
                    refs.add(part.getRef());
                } else if (!isNullType(part)) {
                    return null;
                }
            }
        }
        return refs.size() == 1 && property.getOneOf() == null ? refs.get(0) : null;
    }

    private static boolean isNullType(Schema schema) {
        return List.of(Schema.SchemaType.NULL).equals(schema.getType()) && schema.getAll().size() == 1;
    }

    /** The generator's model is OpenAPI 3.1's: a nullable schema has the null type, written as 3.0's nullable. */
    private static boolean isNullable(Schema schema) {
        return (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL))
                || Boolean.TRUE.equals(schema.get("nullable"))
                || (schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(SchemaReferences::isNullType));
    }

    private static boolean isObject(Schema schema) {
        return schema.getProperties() != null
                || (schema.getType() != null && schema.getType().contains(Schema.SchemaType.OBJECT));
    }

    private static void references(Object node, Set<String> refs) {
        if (node instanceof Schema schema) {
            if (schema.getRef() != null) {
                refs.add(schema.getRef());
            }
            references(schema.getProperties(), refs);
            references(schema.getItems(), refs);
            references(schema.getAllOf(), refs);
            references(schema.getAnyOf(), refs);
            references(schema.getOneOf(), refs);
            references(schema.getAdditionalPropertiesSchema(), refs);
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> references(value, refs));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> references(value, refs));
        } else if (node instanceof PathItem item) {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter -> references(parameter.getSchema(), refs));
            }
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> references(operation, refs));
            }
        } else if (node instanceof Operation operation) {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> references(parameter.getSchema(), refs));
            }
            if (operation.getRequestBody() != null) {
                references(operation.getRequestBody().getContent(), refs);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    references(response.getContent(), refs);
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().forEach(header -> references(header.getSchema(), refs));
                    }
                });
            }
        } else if (node instanceof Content content && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> references(media.getSchema(), refs));
        }
    }
}
