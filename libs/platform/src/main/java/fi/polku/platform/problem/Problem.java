package fi.polku.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, with the invalid fields of a request in {@code violations}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        List<Violation> violations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://polku.fi/problems/";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
        extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    public static URI typeUri(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /** Extension members (RFC 9457 §3.2) appear at the top level of the JSON document. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }
}
