package fi.polku.assessment.config;

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
 * Writes a property that refers to a named scalar schema (an id, a date, a moment, an enum) and says more about it
 * (its description) as that schema inline. SmallRye writes it as {@code type} beside an {@code allOf} of the
 * reference: the enum values and formats then sit one level down, where readers of the spec (generated clients,
 * the bad-input generator's sample values) do not look, and a {@code $ref} gets a sibling {@code type}. Named
 * objects stay references. Also anchors the pattern SmallRye gives an id it writes inline. Belongs in the platform's
 * {@code ContractConventions}; here until it moves there.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DescribedReferences implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";
    private static final Set<Schema.SchemaType> SCALARS = Set.of(Schema.SchemaType.STRING,
            Schema.SchemaType.INTEGER, Schema.SchemaType.NUMBER, Schema.SchemaType.BOOLEAN);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        components.values().forEach(schema -> visit(schema, components, seen));
    }

    private static void visit(Schema schema, Map<String, Schema> components, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        anchorIdPattern(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> {
                inlineDescribedScalar(property, components);
                visit(property, components, seen);
            });
        }
        visit(schema.getItems(), components, seen);
    }

    /** SmallRye's own pattern for a UUID it writes inline is unanchored, so it would match any text holding an id. */
    private static void anchorIdPattern(Schema schema) {
        String pattern = schema.getPattern();
        if ("uuid".equals(schema.getFormat()) && pattern != null && !pattern.startsWith("^")) {
            schema.setPattern("^" + pattern + "$");
        }
    }

    private static void inlineDescribedScalar(Schema property, Map<String, Schema> components) {
        String ref = property.getRef();
        if (ref == null || !ref.startsWith(PREFIX) || property.getAll().size() <= 1) {
            return; // a plain reference
        }
        Schema target = components.get(ref.substring(PREFIX.length()));
        if (target == null || target.getRef() != null) {
            return;
        }
        List<Schema.SchemaType> types = target.getType();
        if (types == null || types.isEmpty() || !SCALARS.containsAll(types)) {
            return;
        }
        property.setRef(null);
        target.getAll().forEach((key, value) -> {
            if (property.get(key) == null) {
                property.set(key, value);
            }
        });
        property.setType(types);
    }
}
