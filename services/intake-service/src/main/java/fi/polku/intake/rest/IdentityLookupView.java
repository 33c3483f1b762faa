package fi.polku.intake.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.LookupOutcome;

/** One lookup by identity code, for the auditor; the code itself is never kept. */
public record IdentityLookupView(
        UUID id,
        OffsetDateTime occurredAt,
        @Schema(description = "Who looked up (the token's subject)") String actorSubject,
        String actorOrganisation,
        @Schema(description = "Comma-separated roles of the caller") String actorRoles,
        @Schema(description = "FOUND, NOT_FOUND, or RATE_LIMITED: refused as part of a burst of lookups")
        LookupOutcome outcome,
        @Schema(nullable = true, description = "The client found; null for a miss or a refusal") UUID clientId,
        @Schema(nullable = true, description = "The reason stated for opening the record at intake, if it was opened")
        String intakeReason) {
}
