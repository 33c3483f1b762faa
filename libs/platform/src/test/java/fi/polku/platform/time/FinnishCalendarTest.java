package fi.polku.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FinnishCalendarTest {

    @Test
    void easterAndTheHolidaysThatFollowIt() {
        assertThat(FinnishCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FinnishCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(FinnishCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FinnishCalendar.nonWorkingHolidays(2026)).contains(
                LocalDate.of(2026, 4, 3),   // Good Friday
                LocalDate.of(2026, 4, 6),   // Easter Monday
                LocalDate.of(2026, 5, 14),  // Ascension Day
                LocalDate.of(2026, 5, 24)); // Whitsun
    }

    @Test
    void midsummerAndAllSaintsAreSaturdays() {
        assertThat(FinnishCalendar.nonWorkingHolidays(2025)).contains(
                LocalDate.of(2025, 6, 20),  // Midsummer Eve, Friday
                LocalDate.of(2025, 6, 21),  // Midsummer Day, Saturday between 20 and 26 June
                LocalDate.of(2025, 11, 1)); // All Saints' Day, Saturday between 31 Oct and 6 Nov
        assertThat(FinnishCalendar.nonWorkingHolidays(2026)).contains(
                LocalDate.of(2026, 6, 20), LocalDate.of(2026, 10, 31));
    }

    @Test
    void fixedHolidays() {
        assertThat(FinnishCalendar.nonWorkingHolidays(2027)).contains(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 6), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 12, 6),
                LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26));
        assertThat(FinnishCalendar.isWorkingDay(LocalDate.of(2027, 12, 6))).isFalse();
        assertThat(FinnishCalendar.isWorkingDay(LocalDate.of(2027, 12, 7))).isTrue();
    }

    @Test
    void threeWorkingDaysSkipTheWeekend() {
        // Thursday -> Friday, Monday, Tuesday
        assertThat(FinnishCalendar.addWorkingDays(LocalDate.of(2025, 3, 13), 3)).isEqualTo(LocalDate.of(2025, 3, 18));
    }

    @Test
    void threeWorkingDaysSkipTheWeekendAndEasterHolidays() {
        // Thursday 2 April 2026: Good Friday, the weekend and Easter Monday are not working days
        assertThat(FinnishCalendar.addWorkingDays(LocalDate.of(2026, 4, 2), 3)).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void threeWorkingDaysOverChristmas() {
        // Tuesday 23 Dec 2025: 24, 25 and 26 Dec and the weekend are not working days
        assertThat(FinnishCalendar.addWorkingDays(LocalDate.of(2025, 12, 23), 3))
                .isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
