package fi.polku.reporting.export;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.platform.security.Roles;
import io.restassured.response.Response;

/** Pages through the export as a data warehouse would, reading NDJSON and following the cursor. */
final class ExportClient {

    static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A page as read: its lines (parsed) and its raw text, and the cursors it gave. */
    record Page(List<JsonNode> facts, String text, String next, String resume) {
    }

    private ExportClient() {
    }

    static Page page(String cursor, String types, int limit) {
        var request = as(Roles.ANALYST).accept(NDJSON).queryParam("limit", limit);
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
