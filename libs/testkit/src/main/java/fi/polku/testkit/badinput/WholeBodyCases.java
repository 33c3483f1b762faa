package fi.polku.testkit.badinput;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/** Bodies that are wrong as a whole: not JSON, not UTF-8, not an object, too deep, too big, or not JSON at all. */
final class WholeBodyCases {

    static final String JSON = "application/json";
    static final String BODY = "$";
    static final String CONTENT_TYPE = "Content-Type";
    /** Beyond polku.http.max-body-size of the platform (1M). */
    static final int OVERSIZED_BODY_BYTES = 1_100_000;
    static final int NESTING_LEVELS = 10_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A body sent with a content type, and the field the problem must name. */
    record Body(String label, String contentType, byte[] bytes, String field) {
    }

    private WholeBodyCases() {
    }

    static List<Body> of(JsonNode base) {
        String firstField = firstField(base);
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body("empty body", JSON, new byte[0], BODY));
        bodies.add(new Body("JSON null as body", JSON, utf8("null"), BODY));
        bodies.add(new Body("JSON array instead of an object", JSON, utf8("[" + json(base) + "]"), BODY));
        bodies.add(new Body("JSON string instead of an object", JSON, utf8("\"text\""), BODY));
        bodies.add(new Body("malformed JSON", JSON, utf8("{\"" + firstField + "\": "), BODY));
        bodies.add(new Body("trailing garbage after the JSON", JSON, utf8(json(base) + " }{"), BODY));
        bodies.add(new Body("invalid UTF-8", JSON + ";charset=UTF-8", invalidUtf8(firstField), firstField));
        bodies.add(new Body("duplicate JSON key", JSON, utf8(duplicated(base, firstField)), firstField));
        bodies.add(new Body(NESTING_LEVELS + " levels of nesting", JSON,
                utf8("[".repeat(NESTING_LEVELS) + "]".repeat(NESTING_LEVELS)), BODY));
        bodies.add(new Body("body larger than the limit", JSON,
                utf8("{\"" + firstField + "\":\"" + "x".repeat(OVERSIZED_BODY_BYTES) + "\"}"), BODY));
        bodies.add(new Body("text/plain content type", "text/plain", utf8(json(base)), CONTENT_TYPE));
        bodies.add(new Body("XML content type", "application/xml", utf8("<client><name>x</name></client>"), CONTENT_TYPE));
        return bodies;
    }

    private static String firstField(JsonNode base) {
        Iterator<String> names = base.fieldNames();
        return names.hasNext() ? names.next() : "field";
    }

    private static String duplicated(JsonNode base, String field) {
        String json = json(base);
        JsonNode value = base.path(field).isMissingNode() ? NullNode.getInstance() : base.get(field);
        String extra = "\"" + field + "\":" + json(value);
        return json.equals("{}") ? "{" + extra + "," + extra + "}" : "{" + extra + "," + json.substring(1);
    }

    /** A body whose first string holds a lone continuation byte and an overlong encoding. */
    private static byte[] invalidUtf8(String field) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("{\"" + field + "\":\"abc"));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xC0, (byte) 0xAF});
        bytes.writeBytes(utf8("\"}"));
        return bytes.toByteArray();
    }

    private static String json(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
