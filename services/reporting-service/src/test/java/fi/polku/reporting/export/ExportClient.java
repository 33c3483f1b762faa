package fi.polku.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.OpenApiContract;
import fi.polku.testkit.Tokens;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.response.Response;

/** Pages through the export as a data warehouse would, reading NDJSON and following the cursor. */
final class ExportClient {

    static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * The committed spec's check of status and headers, as for every REST test, except that an empty body is
     * allowed: an empty NDJSON page is one (the validator would want a body wherever content is documented).
     */
    static final Filter NDJSON_VALIDATION = new OpenApiValidationFilter(OpenApiInteractionValidator
            .createForSpecificationUrl(OpenApiContract.committedSpec("reporting").toUri().toString())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .withLevel("validation.response.body.missing", ValidationReport.Level.IGNORE)
                    .withDefaultLevel(ValidationReport.Level.ERROR)
                    .build())
            .build());

    /** A page as read: its lines (parsed) and its raw text, and the cursors it gave. */
    record Page(List<JsonNode> facts, String text, String next, String resume) {
    }

    private ExportClient() {
    }

    static Page page(String cursor, String types, int limit) {
        var request = RestAssured.given().auth().oauth2(Tokens.token(Roles.ANALYST)).filter(NDJSON_VALIDATION)
                .accept(NDJSON).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        if (types != null) {
            request.queryParam("types", types);
        }
        Response response = request.get("/api/v1/exports");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(NDJSON);
        String link = response.header("Link");
        String next = link == null ? null : link.replaceAll(".*[?&]cursor=([A-Za-z0-9_-]+).*", "$1");
        return new Page(lines(response.asString()), response.asString(), next, response.header("Export-Cursor"));
    }

    /** The position after everything recorded so far, for a test to export only what it publishes next. */
    static String end(String types) {
        Page page = page(null, types, 10_000);
        while (page.next() != null) {
            page = page(page.next(), types, 10_000);
        }
        return page.resume();
    }

    static List<JsonNode> lines(String ndjson) {
        List<JsonNode> facts = new ArrayList<>();
        for (String line : Arrays.stream(ndjson.split("\n")).filter(l -> !l.isEmpty()).toList()) {
            try {
                facts.add(MAPPER.readTree(line));
            } catch (JsonProcessingException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }
        return facts;
    }
}
