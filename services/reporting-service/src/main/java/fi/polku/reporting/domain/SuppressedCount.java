package fi.polku.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A count of clients as reports show it: below {@value #THRESHOLD} the number is withheld and shown as "<5",
 * as Finnish social statistics do, so that a report never identifies a person.
 */
@Schema(description = "A client count; value is null and display is \"<5\" when the count is suppressed")
public record SuppressedCount(Long value, String display) {

    public static final int THRESHOLD = 5;

    public static SuppressedCount of(long count) {
        if (count > 0 && count < THRESHOLD) {
            return new SuppressedCount(null, "<" + THRESHOLD);
        }
        return new SuppressedCount(count, Long.toString(count));
    }
}
