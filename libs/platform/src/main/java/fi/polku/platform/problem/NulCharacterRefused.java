package fi.polku.platform.problem;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Reads JSON strings as Jackson does, but refuses one holding the NUL character: PostgreSQL cannot store it, so it
 * would otherwise fail deep in a transaction as a 500 (with a fragment of the payload in the log) instead of being
 * a 400 naming the field.
 */
final class NulCharacterRefused extends StringDeserializer {

    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new NulCharacter(parser);
        }
        return value;
    }

    /** Named by the problem mappers as the field that holds it. */
    static final class NulCharacter extends JsonMappingException {

        private static final long serialVersionUID = 1L;

        NulCharacter(JsonParser parser) {
            super(parser, "A string holds the NUL character");
        }
    }
}
