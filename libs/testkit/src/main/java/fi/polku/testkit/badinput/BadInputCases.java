package fi.polku.testkit.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Generates the bad-input cases of every operation of a committed OpenAPI document, so that a new endpoint is covered
 * as soon as its spec is committed. Deterministic: the same document gives the same cases in the same order.
 */
public final class BadInputCases {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OpenApiDocument document;
    private final Map<String, String> pathValues = new HashMap<>();

    private BadInputCases(OpenApiDocument document) {
        this.document = document;
    }

    public static BadInputCases forService(String service) {
        return new BadInputCases(OpenApiDocument.ofService(service));
    }

    /** The value of a path parameter of that name in every operation, e.g. the id of an existing client. */
    public BadInputCases withPathValue(String parameter, Object value) {
        pathValues.put(parameter, String.valueOf(value));
        return this;
    }

    public List<BadInputCase> generate() {
        List<BadInputCase> cases = new ArrayList<>();
        for (ApiOperation operation : document.operations()) {
            cases.addAll(casesOf(operation));
        }
        return cases;
    }

    private List<BadInputCase> casesOf(ApiOperation operation) {
        List<BadInputCase> cases = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (ApiParameter parameter : operation.parameters()) {
            if (parameter.inPath()) {
                path.put(parameter.name(), pathValues.getOrDefault(parameter.name(), sample(parameter)));
            } else if (parameter.inQuery()) {
                // optional ones too: some are required in combination (a period's from and to)
                query.put(parameter.name(), sample(parameter));
            }
        }
        JsonNode base = operation.hasJsonBody() ? SampleValues.of(operation.bodySchema()) : null;
        String contentType = base == null ? null : WholeBodyCases.JSON;
        byte[] baseBytes = base == null ? null : bytes(base);

        for (ParameterCases.BadParameter bad : ParameterCases.of(operation)) {
            Map<String, String> badPath = new LinkedHashMap<>(path);
            Map<String, String> badQuery = new LinkedHashMap<>(query);
            Map<String, String> target = bad.parameter().inPath() ? badPath : badQuery;
            if (bad.value() == null) {
                target.remove(bad.parameter().name());
            } else {
                target.put(bad.parameter().name(), bad.value());
            }
            cases.add(new BadInputCase(bad.parameter().in() + " " + bad.parameter().name() + ": " + bad.label(),
                    operation, fill(operation.pathTemplate(), badPath), badQuery, contentType, baseBytes,
                    bad.parameter().name()));
        }
        if (base == null) {
            return cases;
        }
        String concretePath = fill(operation.pathTemplate(), path);
        for (BodyFieldCases.Spoiled spoiled : BodyFieldCases.of(operation.bodySchema(), base)) {
            cases.add(new BadInputCase("body " + spoiled.field() + ": " + spoiled.label(), operation, concretePath,
                    query, contentType, bytes(spoiled.body()), spoiled.field()));
        }
        for (WholeBodyCases.Body body : WholeBodyCases.of(base)) {
            cases.add(new BadInputCase("body: " + body.label(), operation, concretePath, query, body.contentType(),
                    body.bytes(), body.field()));
        }
        return cases;
    }

    private static String sample(ApiParameter parameter) {
        return SampleValues.of(parameter.schema()).asText();
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
