package fi.polku.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One client's path through the package as the projections know it; reports aggregate these, never show one. */
public record ClientPath(
        String clientKey,
        String municipalityCode,
        OffsetDateTime registeredAt,
        OffsetDateTime caseOwnerAssignedAt,
        boolean hasCaseOwner,
        OffsetDateTime firstScreeningAt,
        String segment,
        OffsetDateTime firstAssessmentAt,
        OffsetDateTime coachingReferredAt,
        OffsetDateTime firstCoachingAt,
        OffsetDateTime latestCoachingAt,
        /** By {@link Employment}: a job in the open labour market, or the clientship closed as employed. */
        boolean employedOpenLabourMarket,
        boolean missedLatestAssessment,
        OffsetDateTime closedAt,
        String closedReason,
        LocalDate followUpDue,
        int caseOwnerChanges,
        int serviceTransfers,
        /** A {@link fi.polku.platform.servicemap.ServicePlace} name; null until case-owner has told one. */
        String place,
        LocalDate placeSince) {

    public boolean open() {
        return closedAt == null;
    }

    public int pingPongIndex() {
        return caseOwnerChanges + serviceTransfers;
    }
}
