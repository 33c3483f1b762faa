package fi.polku.fhir.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/** Polku's ISO-8601 values as FHIR's date types, in UTC and at their own precision. */
final class Dates {

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private Dates() {
    }

    static DateType date(LocalDate date) {
        return date == null ? null : new DateType(date.toString());
    }

    static DateTimeType dateTime(LocalDate date) {
        return date == null ? null : new DateTimeType(date.toString());
    }

    static DateTimeType dateTime(OffsetDateTime time) {
        return time == null ? null : new DateTimeType(Date.from(time.toInstant()), TemporalPrecisionEnum.SECOND, UTC);
    }

    static InstantType instant(OffsetDateTime time) {
        return time == null ? null : new InstantType(Date.from(time.toInstant()), TemporalPrecisionEnum.MILLI, UTC);
    }

    static Date javaDate(OffsetDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }
}
