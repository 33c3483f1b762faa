package fi.polku.platform.paging;

/**
 * Which page a caller asked for: at most {@code limit} items whose key sorts after {@code after} (null: the first
 * page). Keys are strings made with {@link PageKey}, so they sort as the list does.
 */
public record PageRequest(int limit, String after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /** Rows to fetch: one more than the limit tells whether there is a next page. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * The parts of the key to continue after, for a keyset query ({@code (created_at, id) > (?, ?)}); null on the
     * first page. A cursor of another list (another number of parts) is a 400 naming it.
     */
    public String[] afterParts(int count) {
        if (after == null) {
            return null;
        }
        String[] parts = PageKey.parts(after);
        if (parts.length != count) {
            throw PageKey.notOurs();
        }
        return parts;
    }
}
