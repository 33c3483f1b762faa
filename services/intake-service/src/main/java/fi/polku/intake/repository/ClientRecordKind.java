package fi.polku.intake.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import fi.polku.platform.paging.PageKey;
import fi.polku.platform.problem.ProblemException;

/**
 * A kind of record that belongs to one client (a referral, a screening, …): its entity, its name in a 404, and the
 * order its list keeps, oldest first by the given attributes and then the id.
 */
public record ClientRecordKind<T>(Class<T> type, String name, List<SortKey<T>> order) {

    /** An attribute the list is ordered by: its value in a row, for the page key, and its value from a key part. */
    public record SortKey<T>(String attribute, Function<T, Object> valueOf, Function<String, Object> parse) {
    }

    @SafeVarargs
    public static <T> ClientRecordKind<T> of(Class<T> type, String name, SortKey<T>... order) {
        return new ClientRecordKind<>(type, name, List.of(order));
    }

    public static <T> SortKey<T> moment(String attribute, Function<T, OffsetDateTime> valueOf) {
        return new SortKey<>(attribute, valueOf::apply, PageKey::moment);
    }

    public static <T> SortKey<T> day(String attribute, Function<T, LocalDate> valueOf) {
        return new SortKey<>(attribute, valueOf::apply, ClientRecordKind::day);
    }

    private static LocalDate day(String part) {
        try {
            return LocalDate.parse(part);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
    }
}
