package fi.polku.coaching.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Dates of the service are Finnish dates. */
public final class Today {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(FINLAND);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
