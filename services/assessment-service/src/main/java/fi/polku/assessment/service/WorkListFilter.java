package fi.polku.assessment.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import fi.polku.assessment.domain.AssessmentStatus;
import fi.polku.platform.problem.ProblemException;

/** What a caller asked the assessment list for; the days are Finnish calendar days of the appointment. */
public record WorkListFilter(UUID teamId, LocalDate from, LocalDate to, AssessmentStatus status) {

    /** "Upcoming and open": what the team still has to hold, or to reschedule. */
    public static final Set<AssessmentStatus> OPEN = EnumSet.of(AssessmentStatus.SCHEDULED,
            AssessmentStatus.IN_PROGRESS, AssessmentStatus.CLIENT_DID_NOT_ATTEND);

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    public WorkListFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "is before from");
        }
    }

    /** The status asked for, or {@code otherwise} when none was. */
    public Set<AssessmentStatus> statusesOr(Set<AssessmentStatus> otherwise) {
        return status == null ? otherwise : EnumSet.of(status);
    }

    /** The first moment of the range, or null when it is open at the start. */
    public OffsetDateTime fromInstant() {
        return from == null ? null : from.atStartOfDay(FINLAND).toOffsetDateTime();
    }

    /** The first moment after the range, or null when it is open at the end. */
    public OffsetDateTime untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(FINLAND).toOffsetDateTime();
    }
}
