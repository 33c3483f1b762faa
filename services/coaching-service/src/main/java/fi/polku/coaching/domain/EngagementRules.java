package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * When an episode may end for lack of contact. Missed meetings alone never end coaching (item 25.1: "Palvelun
 * päättäminen ei perustu aikarajoituksiin eikä siihen, ettei asiakas ole saapunut tapaamisiin"); the coach records
 * the attempts to reach the client (25.2: "Työhönvalmentaja kirjaa systemaattisesti yritykset saada yhteys
 * tapaamisista poisjääneisiin asiakkaisiin"). Polku's policy, as the model gives no number: the end for no contact
 * needs at least {@value #MIN_UNREACHED_ATTEMPTS} recorded unsuccessful attempts, by at least
 * {@value #MIN_METHODS} different methods, after the last held meeting and with no successful attempt since.
 */
public final class EngagementRules {

    public static final int MIN_UNREACHED_ATTEMPTS = 3;
    public static final int MIN_METHODS = 2;

    private EngagementRules() {
    }

    public static boolean mayEndForNoContact(List<Meeting> meetings) {
        LocalDate lastHeld = meetings.stream().filter(Meeting::held).map(m -> m.date)
                .max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
        List<Meeting.ReachAttempt> since = meetings.stream().filter(m -> !m.held())
                .flatMap(m -> m.reachAttempts.stream()).filter(a -> !a.date().isBefore(lastHeld)).toList();
        if (since.stream().anyMatch(Meeting.ReachAttempt::reached)) {
            return false;
        }
        return since.size() >= MIN_UNREACHED_ATTEMPTS
                && since.stream().map(Meeting.ReachAttempt::method).distinct().count() >= MIN_METHODS;
    }
}
