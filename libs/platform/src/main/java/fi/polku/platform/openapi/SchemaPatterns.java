package fi.polku.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Keeps the patterns of the OpenAPI document meaningful for a partner's validator: SmallRye writes a string
 * {@code pattern} for {@code @Digits} on numbers (where JSON Schema ignores it; {@code multipleOf} on the field states
 * the decimals instead) and an unanchored pattern for UUIDs (which would accept any text containing a UUID).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SchemaPatterns implements OASFilter {

    static final String UUID_PATTERN = "[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}";

    @Override
    public Schema filterSchema(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern == null) {
            return schema;
        }
        List<Schema.SchemaType> types = schema.getType();
        if (types != null && (types.contains(Schema.SchemaType.NUMBER) || types.contains(Schema.SchemaType.INTEGER))) {
            schema.setPattern(null);
        } else if (UUID_PATTERN.equals(pattern)) {
            schema.setPattern("^" + UUID_PATTERN + "$");
        }
        return schema;
    }
}
