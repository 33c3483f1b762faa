package fi.polku.coaching.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
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

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        components.values().forEach(schema -> inline(schema, components, seen));
    }

    private static void inline(Schema schema, Map<String, Schema> components, Set<Schema> seen) {
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
    private static void inlineReferenceWithSiblings(Schema property, Map<String, Schema> components) {
        if (property.getRef() == null || property.getAll().size() < 2 || !property.getRef().startsWith(PREFIX)) {
            return;
        }
        Schema target = components.get(property.getRef().substring(PREFIX.length()));
        if (target == null || target.getRef() != null || target.getType() == null) {
            return;
        }
        property.setRef(null);
        copyInto(property, target);
        property.setType(new ArrayList<>(target.getType()));
    }

    /** SmallRye's model of a nullable reference: {@code type: [t, null]} and {@code anyOf: [{$ref}, {type: null}]}. */
    private static void inlineNullableReference(Schema property, Map<String, Schema> components) {
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
