package fi.polku.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.restassured.response.Response;

/** Walks a paged list from its first page to its last by following {@code next}, as a partner's client would. */
public final class Paging {

    private static final int MAX_PAGES = 10_000;

    private Paging() {
    }

    /**
     * The values at {@code field} of every item on every page. {@code page} answers the page for a cursor (null: the
     * first page); {@code betweenPages} runs after each page but the last, e.g. to add items while the caller pages.
     */
    public static List<String> collect(Function<String, Response> page, String field, Runnable betweenPages) {
        List<String> values = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Response response = page.apply(cursor);
            assertThat(response.statusCode()).as("page %d: %s", pages, response.asString()).isEqualTo(200);
            List<Object> items = response.jsonPath().getList("items." + field);
            items.forEach(item -> values.add(String.valueOf(item)));
            cursor = response.jsonPath().getString("next");
            if (cursor == null) {
                return values;
            }
            assertThat(items).as("a page with a next cursor is not empty").isNotEmpty();
            betweenPages.run();
        }
        throw new AssertionError("more than " + MAX_PAGES + " pages");
    }
}
