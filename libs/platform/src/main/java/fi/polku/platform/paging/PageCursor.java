package fi.polku.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque form of a page key in a URL: base64url without padding. Callers only hand it back. Public for lists
 * whose cursor is not carried in a {@link Page} body (e.g. an NDJSON export names it in a header).
 */
public final class PageCursor {

    public static final int MAX_LENGTH = 512;
    public static final String PATTERN = "^[A-Za-z0-9_-]+$";
    private static final String PREFIX = "p1:";

    private PageCursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The page key of a cursor; a cursor this service did not give out is a 400 naming {@code cursor}. */
    public static String decode(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw PageKey.notOurs();
    }
}
