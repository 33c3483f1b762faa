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
 * Writes a nullable field whose type is a named schema (a UUID, a date, an enum, a nested record) as that schema
 * inline with {@code nullable: true}. SmallRye writes it as {@code type} + {@code nullable} beside an {@code allOf}
 * of the reference, and the referenced schema, which has no {@code nullable}, still rejects the null: validators
 * and generated clients then refuse a null the service really answers. Belongs in the platform's
 * {@code ContractConventions}; here until it moves there.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

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
                inlineNullableReference(property, components);
                inline(property, components, seen);
            });
        }
        inline(schema.getItems(), components, seen);
    }

    /** SmallRye's model of a nullable reference: {@code type: [t, null]} and {@code anyOf: [{$ref}, {type: null}]}. */
    private static void inlineNullableReference(Schema property, Map<String, Schema> components) {
        List<Schema> anyOf = property.getAnyOf();
        if (property.getRef() != null && property.getType() != null) {
            property.setType(null); // the reference gives the type; a sibling type only repeats it
            return;
        }
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
        target.getAll().forEach((key, value) -> {
            if (!"type".equals(key) && property.get(key) == null) {
                property.set(key, value);
            }
        });
        List<Schema.SchemaType> types = new ArrayList<>(target.getType());
        types.add(Schema.SchemaType.NULL);
        property.setType(types);
    }
}
