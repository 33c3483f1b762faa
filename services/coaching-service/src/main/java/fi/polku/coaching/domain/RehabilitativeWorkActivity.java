package fi.polku.coaching.domain;

import java.time.LocalDate;

/** Rehabilitative work activity alongside coaching, with the paying statements' validity. */
public record RehabilitativeWorkActivity(int daysPerWeek, RehabilitationRules.ActivityStatus status,
        LocalDate pausedFrom, LocalDate activityStatementFrom, LocalDate activityStatementUntil,
        LocalDate workTrialStatementFrom, LocalDate workTrialStatementUntil) {
}
