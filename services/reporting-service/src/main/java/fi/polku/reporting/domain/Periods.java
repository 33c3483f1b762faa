package fi.polku.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import fi.polku.platform.time.ServiceTime;

/** Months and quarters as the county counts them: in Finnish time. */
public final class Periods {

    public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private Periods() {
    }

    public static LocalDate day(OffsetDateTime time) {
        return ServiceTime.dayOf(time);
    }

    public static String month(OffsetDateTime time) {
        return YearMonth.from(day(time)).toString();
    }

    public static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    public static LocalDate quarterStart(String quarter) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = Integer.parseInt(quarter.substring(6));
        return LocalDate.of(year, (q - 1) * 3 + 1, 1);
    }

    public static LocalDate quarterEnd(String quarter) {
        return quarterStart(quarter).plusMonths(3).minusDays(1);
    }

    public static LocalDate monthEnd(String month) {
        return YearMonth.parse(month).atEndOfMonth();
    }
}
