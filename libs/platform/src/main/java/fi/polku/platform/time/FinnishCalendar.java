package fi.polku.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in Finland: Monday to Friday except public holidays. The holidays are computed, not listed: fixed
 * dates, the Easter-based ones and the Saturdays of Midsummer and All Saints. Midsummer Eve and Christmas Eve are
 * counted as non-working days too, as public offices, banks and most collective agreements treat them.
 */
public final class FinnishCalendar {

    private FinnishCalendar() {
    }

    public static Set<LocalDate> nonWorkingHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));   // uudenvuodenpäivä
        days.add(LocalDate.of(year, Month.JANUARY, 6));   // loppiainen
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));                     // pitkäperjantai
        days.add(easter);                                  // pääsiäispäivä
        days.add(easter.plusDays(1));                      // 2. pääsiäispäivä
        days.add(LocalDate.of(year, Month.MAY, 1));        // vappu
        days.add(easter.plusDays(39));                     // helatorstai
        days.add(easter.plusDays(49));                     // helluntaipäivä
        LocalDate midsummerDay = LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        days.add(midsummerDay.minusDays(1));               // juhannusaatto
        days.add(midsummerDay);                            // juhannuspäivä
        days.add(LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))); // pyhäinpäivä
        days.add(LocalDate.of(year, Month.DECEMBER, 6));   // itsenäisyyspäivä
        days.add(LocalDate.of(year, Month.DECEMBER, 24));  // jouluaatto
        days.add(LocalDate.of(year, Month.DECEMBER, 25));  // joulupäivä
        days.add(LocalDate.of(year, Month.DECEMBER, 26));  // tapaninpäivä
        return days;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !nonWorkingHolidays(day.getYear()).contains(day);
    }

    /** The day on which {@code workingDays} working days after {@code from} have passed (from itself not counted). */
    public static LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
