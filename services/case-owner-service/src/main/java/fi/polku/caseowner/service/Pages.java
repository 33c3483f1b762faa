package fi.polku.caseowner.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;

/** Paging helpers for this service's lists, on top of the platform's {@link Page}. */
public final class Pages {

    /** {@link PageKey}'s separator: a key's last part follows the last one. */
    private static final char SEPARATOR = '\u001f';

    private Pages() {
    }

    /**
     * A page of a list held in memory whose items the caller may or may not see (a client the caller has no basis
     * for is left out, as before paging): sorted by {@code keyOf}, the items after the request's key, asking
     * {@code visible} only until the page is full, so an access is logged for what the caller gets (and at most one
     * item more, which tells that there is a next page).
     */
    static <T> Page<T> visibleSlice(Collection<T> all, PageRequest request, Function<T, String> keyOf,
            Predicate<T> visible) {
        List<T> sorted = all.stream()
                .filter(item -> request.after() == null || keyOf.apply(item).compareTo(request.after()) > 0)
                .sorted(Comparator.comparing(keyOf))
                .toList();
        List<T> fetched = new ArrayList<>();
        for (T item : sorted) {
            if (fetched.size() == request.fetchSize()) {
                break;
            }
            if (visible.test(item)) {
                fetched.add(item);
            }
        }
        return Page.of(fetched, request, keyOf);
    }

    /**
     * The key to continue after split into its leading text and its last part (an id): for keys whose first part is
     * free text (a name), which might hold the separator itself. Null on the first page.
     */
    static String[] textAndLast(PageRequest request) {
        if (request.after() == null) {
            return null;
        }
        int cut = request.after().lastIndexOf(SEPARATOR);
        if (cut < 0) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
        return new String[] {request.after().substring(0, cut), request.after().substring(cut + 1)};
    }
}
