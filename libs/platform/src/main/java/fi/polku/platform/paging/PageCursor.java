package fi.polku.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque form of a page key in a URL: base64url without padding. Callers only hand it back. */
final class PageCursor {

    static final int MAX_LENGTH = 512;
    static final String PATTERN = "^[A-Za-z0-9_-]+$";
    private static final String PREFIX = "p1:";

    private PageCursor() {
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
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
