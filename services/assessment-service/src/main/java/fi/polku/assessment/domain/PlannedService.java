package fi.polku.assessment.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A service agreed in an activation plan for a period; a work trial always has an end, i.e. a duration. */
public record PlannedService(ServiceType service, LocalDate from, LocalDate until, Integer daysPerWeek) {

    /** Days from the first to the last day of the period, both included; null while open-ended. */
    public Long durationDays() {
        return until == null ? null : ChronoUnit.DAYS.between(from, until) + 1;
    }
}
