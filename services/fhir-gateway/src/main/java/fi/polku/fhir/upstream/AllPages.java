package fi.polku.fhir.upstream;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Follows an owning service's list from its first page to its last by the {@code next} cursor. */
final class AllPages {

    /** The largest page the owning services answer: the fewest calls for a client's whole list. */
    static final int SIZE = 200;

    private AllPages() {
    }

    /** {@code fetch} is called with the cursor, null for the first page. */
    static <P, T> List<T> collect(Function<String, P> fetch, Function<P, List<T>> items, Function<P, String> next) {
        List<T> all = new ArrayList<>();
        String cursor = null;
        do {
            P page = fetch.apply(cursor);
            all.addAll(items.apply(page));
            cursor = next.apply(page);
        } while (cursor != null);
        return all;
    }
}
