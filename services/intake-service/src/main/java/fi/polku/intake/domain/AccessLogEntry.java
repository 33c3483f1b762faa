package fi.polku.intake.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One processing of the client's data. {@code disclosedTo} names the outside organisation the data went to, if it
 * went outside the county; {@code olderThanTwoYears} flags entries past the usual two-year review period.
 */
public record AccessLogEntry(
        @Schema(description = "The entry's id") UUID id,
        OffsetDateTime occurredAt,
        @Schema(description = "The service that processed the data, e.g. intake or coaching") String service,
        String actorName,
        String actorSubject,
        String actorRoles,
        String actorOrganisation,
        @Schema(description = "What was done, e.g. read client details") String action,
        @Schema(description = "Why: the purpose the caller gave, or the service's; for another service's entry its "
                + "code (the words stay in that service's log)") String purpose,
        @Schema(description = "ALLOWED or DENIED (a refused attempt)") String outcome,
        @Schema(nullable = true, description = "On what basis the access was allowed (e.g. CARE_RELATIONSHIP, "
                + "CONSENT, EMERGENCY, AUDIT); null on entries that name none, e.g. refused attempts")
        String basis,
        @Schema(nullable = true, description = "The outside organisation the data was disclosed to; null when it "
                + "stayed within the county")
        String disclosedTo,
        @Schema(description = "Older than two years: kept, but past the usual review period")
        boolean olderThanTwoYears) {
}
