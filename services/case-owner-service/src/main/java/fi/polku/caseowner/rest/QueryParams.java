package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import fi.polku.platform.problem.ProblemException;

/** Query parameters parsed here, so that a malformed one is a 400 naming it rather than the JAX-RS 404. */
final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be an ISO-8601 date, e.g. 2026-03-01");
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be a UUID");
        }
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
