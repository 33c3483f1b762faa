package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.polku.coaching.domain.Meeting.ReachAttempt;
import fi.polku.coaching.domain.Meeting.ReachMethod;

/**
 * 25.1 "Palvelun päättäminen ei perustu aikarajoituksiin eikä siihen, ettei asiakas ole saapunut tapaamisiin."
 * 25.2 "Työhönvalmentaja kirjaa systemaattisesti yritykset saada yhteys tapaamisista poisjääneisiin asiakkaisiin."
 */
class EngagementRulesTest {

    private static final LocalDate D = LocalDate.of(2025, 3, 3);

    @Test
    void missedMeetingsAloneNeverEndCoaching() {
        assertThat(EngagementRules.mayEndForNoContact(List.of(held(D), missed(D.plusDays(7)), missed(D.plusDays(14)),
                missed(D.plusDays(21))))).isFalse();
    }

    @Test
    void documentedUnsuccessfulAttemptsByDifferentMeansAllowTheEnd() {
        assertThat(EngagementRules.mayEndForNoContact(List.of(held(D), missed(D.plusDays(7),
                attempt(D.plusDays(7), ReachMethod.PHONE, false), attempt(D.plusDays(9), ReachMethod.LETTER, false),
                attempt(D.plusDays(12), ReachMethod.HOME_VISIT, false))))).isTrue();
        assertThat(EngagementRules.mayEndForNoContact(List.of(missed(D, attempt(D, ReachMethod.PHONE, false),
                attempt(D.plusDays(1), ReachMethod.PHONE, false), attempt(D.plusDays(2), ReachMethod.PHONE, false)))))
                .as("one method only").isFalse();
    }

    @Test
    void aSuccessfulAttemptOrAHeldMeetingStartsTheCountAgain() {
        assertThat(EngagementRules.mayEndForNoContact(List.of(missed(D, attempt(D, ReachMethod.PHONE, false),
                attempt(D.plusDays(1), ReachMethod.LETTER, false), attempt(D.plusDays(2), ReachMethod.VIA_FAMILY, true)))))
                .isFalse();
        assertThat(EngagementRules.mayEndForNoContact(List.of(missed(D, attempt(D, ReachMethod.PHONE, false),
                attempt(D.plusDays(1), ReachMethod.LETTER, false), attempt(D.plusDays(2), ReachMethod.HOME_VISIT, false)),
                held(D.plusDays(10))))).isFalse();
    }

    private static ReachAttempt attempt(LocalDate date, ReachMethod method, boolean reached) {
        return new ReachAttempt(date, method, reached, null);
    }

    private static Meeting held(LocalDate date) {
        Meeting meeting = missed(date);
        meeting.attendance = Meeting.Attendance.HELD;
        return meeting;
    }

    private static Meeting missed(LocalDate date, ReachAttempt... attempts) {
        Meeting meeting = new Meeting();
        meeting.date = date;
        meeting.attendance = Meeting.Attendance.NO_SHOW;
        meeting.reachAttempts = List.of(attempts);
        return meeting;
    }
}
