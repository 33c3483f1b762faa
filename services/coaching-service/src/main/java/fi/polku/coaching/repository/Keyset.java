package fi.polku.coaching.repository;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import fi.polku.platform.problem.ProblemException;

/** Decoding the parts of a page key that {@link fi.polku.platform.paging.PageKey} has no decoder for. */
final class Keyset {

    private Keyset() {
    }

    static LocalDate date(String part) {
        try {
            return LocalDate.parse(part);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
    }
}
