package fi.polku.testkit.badinput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * For every field of a JSON body, nested objects and the first element of lists and maps included: the body with
 * that one field spoiled, removed or nulled.
 */
final class BodyFieldCases {

    /** The key under which a map's (additionalProperties) values are spoiled; a UUID suits maps keyed by ids too. */
    static final String MAP_KEY = SampleValues.SAMPLE_ID.toString();
    private static final int MAX_DEPTH = 4;

    private final JsonNode base;
    private final List<Spoiled> cases = new ArrayList<>();

    /** A body with one field spoiled, and the field's path as the service names it. */
    record Spoiled(String label, String field, JsonNode body) {
    }

    private BodyFieldCases(JsonNode base) {
        this.base = base;
    }

    static List<Spoiled> of(JsonNode schema, JsonNode base) {
        BodyFieldCases generator = new BodyFieldCases(base);
        generator.object(schema, List.of(), 0);
        return generator.cases;
    }

    private void object(JsonNode schema, List<Object> location, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            List<Object> here = append(location, property.getKey());
            if (required.contains(property.getKey())) {
                add("missing required field", here, null);
                add("null for a required field", here, NullNode.getInstance());
            }
            field(property.getValue(), here, depth);
        }
        JsonNode mapValues = schema.get("additionalProperties");
        if (mapValues != null && mapValues.isObject() && !mapValues.isEmpty()) {
            field(mapValues, append(location, MAP_KEY), depth);
        }
    }

    private void field(JsonNode schema, List<Object> location, int depth) {
        BadValues.forField(schema).forEach(bad -> add(bad.label(), location, bad.value()));
        switch (SchemaTypes.of(schema)) {
            case "object" -> object(schema, location, depth + 1);
            case "array" -> firstItem(schema.get("items"), append(location, 0), depth);
            default -> {
            }
        }
    }

    private void firstItem(JsonNode items, List<Object> first, int depth) {
        if (items == null) {
            return;
        }
        BadValues.forField(items).forEach(bad -> add(bad.label(), first, bad.value()));
        if ("object".equals(SchemaTypes.of(items))) {
            object(items, first, depth + 1);
        }
    }

    /** Adds the base body with the value at the location replaced, or removed when {@code value} is null. */
    private void add(String label, List<Object> location, JsonNode value) {
        JsonNode body = base.deepCopy();
        JsonNode container = body;
        for (Object step : location.subList(0, location.size() - 1)) {
            container = step instanceof Integer index ? container.get(index) : container.get((String) step);
            if (container == null) {
                return;
            }
        }
        Object key = location.get(location.size() - 1);
        if (container instanceof ArrayNode list && key instanceof Integer index) {
            list.set(index, value);
        } else if (container instanceof ObjectNode object && key instanceof String name) {
            if (value == null) {
                object.remove(name);
            } else {
                object.set(name, value);
            }
        } else {
            return;
        }
        cases.add(new Spoiled(label, path(location), body));
    }

    private static List<Object> append(List<Object> location, Object step) {
        List<Object> longer = new ArrayList<>(location);
        longer.add(step);
        return List.copyOf(longer);
    }

    /** The path as the service names it: {@code parties[0].role}, {@code answers.someKey}. */
    static String path(List<Object> location) {
        StringBuilder path = new StringBuilder();
        for (Object step : location) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(step);
            }
        }
        return path.toString();
    }
}
