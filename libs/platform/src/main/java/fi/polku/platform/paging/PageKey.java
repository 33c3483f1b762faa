package fi.polku.platform.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.polku.platform.problem.ProblemException;

/**
 * Page keys that sort as strings the way their parts sort as values: moments as fixed-width UTC, dates as ISO,
 * non-negative numbers zero-padded, UUIDs in lower-case hex (as PostgreSQL orders them), joined by a separator that
 * sorts before every printable character. A key ends with a unique part (usually the id), so the order is total.
 */
public final class PageKey {

    private static final String SEPARATOR = "\u001f";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'");

    private PageKey() {
    }

    public static String of(Object... parts) {
        return Arrays.stream(parts).map(PageKey::part).collect(Collectors.joining(SEPARATOR));
    }

    static String[] parts(String key) {
        return key.split(SEPARATOR, -1);
    }

    /** A key's moment part, as a query parameter. */
    public static OffsetDateTime moment(String part) {
        try {
            return OffsetDateTime.parse(part);
        } catch (DateTimeParseException e) {
            throw notOurs();
        }
    }

    /** A key's id part, as a query parameter. */
    public static UUID uuid(String part) {
        try {
            return UUID.fromString(part);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    static ProblemException notOurs() {
        return ProblemException.invalidField("cursor", "is not a cursor this list gave out");
    }

    private static String part(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime moment) {
            return MOMENT.format(moment.withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (value instanceof Instant instant) {
            return MOMENT.format(instant.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            if (number < 0) {
                throw new IllegalArgumentException("page keys hold non-negative numbers, not " + number);
            }
            return String.format("%019d", number);
        }
        if (value instanceof LocalDate || value instanceof UUID || value instanceof String || value instanceof Enum) {
            return value.toString();
        }
        throw new IllegalArgumentException("no page key form for " + value.getClass().getName());
    }
}
