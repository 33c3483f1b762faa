package fi.polku.coaching.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes a field whose type is a named schema (a UUID, a date, an enum, a nested record) but that says more about it
 * (a description, {@code nullable}) as that schema inline. In OpenAPI 3.0 a {@code $ref} has no siblings, so SmallRye
 * writes such a field as {@code type} beside an {@code allOf} of the reference: the referenced schema then still
 * rejects the null of a nullable field (validators and generated clients refuse what the service really answers),
 * and readers of the document that do not merge {@code allOf} (the bad-input generator's sample bodies) lose the
 * format. Belongs in the platform's {@code ContractConventions}; here until it moves there.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class InlinedReferences implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";

    /** The named schemas inlined somewhere in this run. */
    private final Set<String> inlined = new HashSet<>();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        components.values().forEach(schema -> inline(schema, components, seen));
        removeUnreferenced(openAPI, components);
    }

    /** Named schemas that are no longer referenced once inlined (e.g. a record only ever used nullable). */
    private void removeUnreferenced(OpenAPI openAPI, Map<String, Schema> components) {
        Set<String> referenced = new HashSet<>();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                Optional.ofNullable(item.getParameters()).orElse(List.of())
                        .forEach(parameter -> collect(parameter.getSchema(), referenced, seen));
                item.getOperations().values().forEach(operation -> {
                    Optional.ofNullable(operation.getParameters()).orElse(List.of())
                            .forEach(parameter -> collect(parameter.getSchema(), referenced, seen));
                    if (operation.getRequestBody() != null) {
                        collect(operation.getRequestBody().getContent(), referenced, seen);
                    }
                    if (operation.getResponses() != null) {
                        operation.getResponses().getAPIResponses().values().forEach(response -> {
                            collect(response.getContent(), referenced, seen);
                            Optional.ofNullable(response.getHeaders()).orElse(Map.of()).values()
                                    .forEach(header -> collect(header.getSchema(), referenced, seen));
                        });
                    }
                });
            });
        }
        // what the referenced schemas reference in turn, until nothing new is found
        int before;
        do {
            before = referenced.size();
            List.copyOf(referenced).forEach(name -> collect(components.get(name), referenced, seen));
        } while (referenced.size() > before);
        inlined.stream().filter(name -> !referenced.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static void collect(Content content, Set<String> referenced, Set<Schema> seen) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> collect(media.getSchema(), referenced, seen));
        }
    }

    private static void collect(Schema schema, Set<String> referenced, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
            referenced.add(schema.getRef().substring(PREFIX.length()));
        }
        Optional.ofNullable(schema.getProperties()).orElse(Map.of()).values()
                .forEach(property -> collect(property, referenced, seen));
        collect(schema.getItems(), referenced, seen);
        collect(schema.getAdditionalPropertiesSchema(), referenced, seen);
        for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            Optional.ofNullable(composed).orElse(List.of()).forEach(part -> collect(part, referenced, seen));
        }
    }

    private void inline(Schema schema, Map<String, Schema> components, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> {
                inlineReferenceWithSiblings(property, components);
                inlineNullableReference(property, components);
                inline(property, components, seen);
            });
        }
        inline(schema.getItems(), components, seen);
    }

    /** A reference with a description or other keywords beside it: {@code $ref} and siblings in SmallRye's model. */
    private void inlineReferenceWithSiblings(Schema property, Map<String, Schema> components) {
        if (property.getRef() == null || property.getAll().size() < 2 || !property.getRef().startsWith(PREFIX)) {
            return;
        }
        Schema target = components.get(property.getRef().substring(PREFIX.length()));
        if (target == null || target.getRef() != null || target.getType() == null) {
            return;
        }
        inlined.add(property.getRef().substring(PREFIX.length()));
        property.setRef(null);
        copyInto(property, target);
        property.setType(new ArrayList<>(target.getType()));
    }

    /** SmallRye's model of a nullable reference: {@code type: [t, null]} and {@code anyOf: [{$ref}, {type: null}]}. */
    private void inlineNullableReference(Schema property, Map<String, Schema> components) {
        List<Schema> anyOf = property.getAnyOf();
        if (anyOf == null || anyOf.size() != 2
                || property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            return;
        }
        Schema reference = anyOf.stream().filter(s -> s.getRef() != null).findFirst().orElse(null);
        boolean otherIsNull = anyOf.stream().anyMatch(s -> s.getRef() == null
                && List.of(Schema.SchemaType.NULL).equals(s.getType()));
        if (reference == null || !otherIsNull || !reference.getRef().startsWith(PREFIX)) {
            return;
        }
        Schema target = components.get(reference.getRef().substring(PREFIX.length()));
        if (target == null || target.getRef() != null || target.getType() == null) {
            return;
        }
        inlined.add(reference.getRef().substring(PREFIX.length()));
        property.setAnyOf(null);
        copyInto(property, target);
        List<Schema.SchemaType> types = new ArrayList<>(target.getType());
        types.add(Schema.SchemaType.NULL);
        property.setType(types);
    }

    /** The target's keywords the property does not have (its own description wins); not the type. */
    private static void copyInto(Schema property, Schema target) {
        target.getAll().forEach((key, value) -> {
            if (!"type".equals(key) && property.get(key) == null) {
                property.set(key, value);
            }
        });
    }
}
