package fi.polku.assessment.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The current time as this service stores it (UTC, microseconds, as PostgreSQL keeps it) and today in Finland. */
final class Now {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private Now() {
    }

    static OffsetDateTime timestamp() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static LocalDate today() {
        return LocalDate.now(FINLAND);
    }
}
