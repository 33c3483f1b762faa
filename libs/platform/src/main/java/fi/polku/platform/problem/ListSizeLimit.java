package fi.polku.platform.problem;

import java.io.IOException;
import java.util.Collection;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;

/**
 * Refuses a list longer than its field's {@code @Size(max)} as soon as it is read, before Bean Validation looks at
 * its elements: 40,000 empty team members would otherwise each be validated and each answered with violations
 * (security issue item 6).
 */
final class ListSizeLimit extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer, Integer.MAX_VALUE);
    }

    private static final class Bounded extends DelegatingDeserializer implements ContextualDeserializer {

        private static final long serialVersionUID = 1L;
        private final int max;

        Bounded(JsonDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate, max);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> delegate = context.handleSecondaryContextualization(_delegatee, property,
                    context.constructType(_delegatee.handledType()));
            Size size = property == null ? null : property.getAnnotation(Size.class);
            return size == null ? delegate : new Bounded(delegate, size.max());
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Collection<?> list && list.size() > max) {
                throw new TooManyItems(parser, max);
            }
            return value;
        }
    }

    /** Named by the problem mappers as the field that holds the list. */
    static final class TooManyItems extends JsonMappingException {

        private static final long serialVersionUID = 1L;
        private final int max;

        TooManyItems(JsonParser parser, int max) {
            super(parser, "A list is longer than its limit");
            this.max = max;
        }

        int max() {
            return max;
        }
    }
}
