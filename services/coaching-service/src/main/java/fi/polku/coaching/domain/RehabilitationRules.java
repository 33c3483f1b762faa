package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The pilot's rules for coaching alongside rehabilitative work activity (003 §5 and §10):
 * a work trial may pause rehabilitative work activity for at most one month, after which the activity must be ended
 * or the trial stopped; a work trial at the same time as rehabilitative work activity needs two valid paying
 * statements, one for each measure ("Asiakas voi myös siirtyä työkokeiluun esimerkiksi 3 päivää viikossa ja
 * samanaikaisesti jatkaa kuntouttavassa työtoiminnassa 1-2 päivää viikkoa kohden"), and then the activity runs on
 * 1–2 days a week.
 */
public final class RehabilitationRules {

    public enum ActivityStatus { ACTIVE, PAUSED, ENDED }

    public record Flag(String code, String message) {
    }

    public record Situation(ActivityStatus status, Integer activityDaysPerWeek, LocalDate pausedFrom,
            boolean workTrialOngoing,
            LocalDate activityStatementFrom, LocalDate activityStatementUntil, LocalDate trialStatementFrom,
            LocalDate trialStatementUntil) {
    }

    public static final String PAUSE_OVER_ONE_MONTH = "PAUSE_OVER_ONE_MONTH";
    public static final String PAYING_STATEMENT_MISSING = "PAYING_STATEMENT_MISSING";
    public static final String ACTIVITY_DAYS_ALONGSIDE_TRIAL = "ACTIVITY_DAYS_ALONGSIDE_TRIAL";

    private RehabilitationRules() {
    }

    public static List<Flag> flags(Situation situation, LocalDate today) {
        List<Flag> flags = new ArrayList<>();
        if (situation.status() == null || !situation.workTrialOngoing()) {
            return flags;
        }
        if (situation.status() == ActivityStatus.PAUSED && situation.pausedFrom() != null
                && today.isAfter(situation.pausedFrom().plusMonths(1))) {
            flags.add(new Flag(PAUSE_OVER_ONE_MONTH, "Rehabilitative work activity has been paused for a work trial"
                    + " since " + situation.pausedFrom() + ", longer than one month: end the rehabilitative work"
                    + " activity or stop the work trial"));
        }
        if (situation.status() == ActivityStatus.ACTIVE) {
            List<String> missing = new ArrayList<>();
            if (!valid(situation.activityStatementFrom(), situation.activityStatementUntil(), today)) {
                missing.add("rehabilitative work activity");
            }
            if (!valid(situation.trialStatementFrom(), situation.trialStatementUntil(), today)) {
                missing.add("work trial");
            }
            if (!missing.isEmpty()) {
                flags.add(new Flag(PAYING_STATEMENT_MISSING, "A work trial alongside rehabilitative work activity"
                        + " needs two valid paying statements; missing or not valid today: "
                        + String.join(", ", missing)));
            }
            Integer days = situation.activityDaysPerWeek();
            if (days == null || days < 1 || days > 2) {
                flags.add(new Flag(ACTIVITY_DAYS_ALONGSIDE_TRIAL, "Alongside a work trial (e.g. 3 days a week)"
                        + " rehabilitative work activity runs 1–2 days a week, not " + days));
            }
        }
        return flags;
    }

    private static boolean valid(LocalDate from, LocalDate until, LocalDate today) {
        return from != null && !today.isBefore(from) && (until == null || !today.isAfter(until));
    }
}
