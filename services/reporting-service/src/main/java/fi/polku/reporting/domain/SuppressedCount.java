package fi.polku.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A count of clients as reports show it: below {@value #THRESHOLD} the number is withheld and shown as "<5",
 * as Finnish social statistics do, so that a report never identifies a person. A cell withheld only so that a
 * "<5" cell cannot be worked out from a total (complementary suppression) is shown as "..".
 */
@Schema(description = "A client count; value is null when the count is suppressed: display is \"<5\" for a count "
        + "of 1-4 and \"..\" for a larger count withheld so that a \"<5\" cell cannot be recovered from the totals")
public record SuppressedCount(
        @Schema(nullable = true, description = "The count; null when suppressed") Long value,
        @Schema(description = "The count as shown: the number, \"<5\" or \"..\"") String display) {

    public static final int THRESHOLD = 5;
    public static final String SMALL = "<" + THRESHOLD;
    public static final String COMPLEMENTARY = "..";

    /** The count on its own: withheld when it is 1-4. */
    public static SuppressedCount of(long count) {
        return isSmall(count) ? new SuppressedCount(null, SMALL) : shown(count);
    }

    public static SuppressedCount shown(long count) {
        return new SuppressedCount(count, Long.toString(count));
    }

    public static SuppressedCount complementary() {
        return new SuppressedCount(null, COMPLEMENTARY);
    }

    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    @Schema(hidden = true)
    public boolean suppressed() {
        return value == null;
    }
}
