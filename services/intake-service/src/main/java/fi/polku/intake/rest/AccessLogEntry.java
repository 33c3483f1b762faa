package fi.polku.intake.rest;

import java.time.OffsetDateTime;

/**
 * One processing of the client's data. {@code disclosedTo} names the outside organisation the data went to, if it
 * went outside the county; {@code olderThanTwoYears} flags entries past the usual two-year review period.
 */
public record AccessLogEntry(
        OffsetDateTime occurredAt,
        String service,
        String actorName,
        String actorSubject,
        String actorRoles,
        String actorOrganisation,
        String action,
        String purpose,
        String outcome,
        String basis,
        String disclosedTo,
        boolean olderThanTwoYears) {
}
