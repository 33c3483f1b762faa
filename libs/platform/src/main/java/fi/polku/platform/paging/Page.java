package fi.polku.platform.paging;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: every list endpoint of every service answers this shape. {@code next} is the opaque cursor of
 * the following page ({@code cursor=<next>}), null on the last page. Pages follow a stable key (keyset paging), so
 * items added while a caller pages appear once, in order, and nothing is skipped or repeated.
 */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the list's order") List<T> items,
        @Schema(required = true, nullable = true, description = "The cursor of the next page; null on the last page")
        String next) {

    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each item mapped, e.g. from an entity to its view. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }

    /**
     * The page from rows a query fetched with {@link PageRequest#fetchSize()} (one more than the limit) after the
     * request's key, in the order of {@code keyOf}.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> keyOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, request.limit());
        return new Page<>(items, PageCursor.encode(keyOf.apply(items.get(items.size() - 1))));
    }

    /** A page of a list held in memory: sorted by {@code keyOf}, the items after the request's key. */
    public static <T> Page<T> slice(Collection<T> all, PageRequest request, Function<T, String> keyOf) {
        List<T> after = all.stream()
                .filter(item -> request.after() == null || keyOf.apply(item).compareTo(request.after()) > 0)
                .sorted(Comparator.comparing(keyOf))
                .limit(request.fetchSize())
                .toList();
        return of(after, request, keyOf);
    }
}
