package fi.polku.assessment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an assessment: scheduled → in progress → concluded, or cancelled / client did not attend.
 * A missed appointment can be rescheduled, which makes the assessment scheduled again.
 */
public enum AssessmentStatus {
    SCHEDULED,
    IN_PROGRESS,
    CONCLUDED,
    CANCELLED,
    CLIENT_DID_NOT_ATTEND;

    public Set<AssessmentStatus> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(SCHEDULED, IN_PROGRESS, CANCELLED, CLIENT_DID_NOT_ATTEND);
            case IN_PROGRESS -> EnumSet.of(CONCLUDED, CANCELLED);
            case CLIENT_DID_NOT_ATTEND -> EnumSet.of(SCHEDULED, CANCELLED);
            case CONCLUDED, CANCELLED -> EnumSet.noneOf(AssessmentStatus.class);
        };
    }

    public boolean canMoveTo(AssessmentStatus target) {
        return next().contains(target);
    }
}
