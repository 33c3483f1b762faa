package fi.polku.intake.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.LookupKind;
import fi.polku.intake.domain.LookupOutcome;
import fi.polku.intake.service.IdentityLookups;

/** One client lookup, by identity code or by name and birth date, for the auditor; what was looked up is never kept. */
public record IdentityLookupView(
        UUID id,
        OffsetDateTime occurredAt,
        @Schema(description = "Who looked up (the token's subject)") String actorSubject,
        String actorOrganisation,
        @Schema(description = "Comma-separated roles of the caller") String actorRoles,
        @Schema(description = "FOUND, NOT_FOUND, or RATE_LIMITED: refused as part of a burst of lookups")
        LookupOutcome outcome,
        @Schema(nullable = true, description = "The client found; null for a miss, a refusal or a search by name "
                + "that matched several") UUID clientId,
        @Schema(nullable = true, description = "The reason stated for opening the record at intake, if it was opened")
        String intakeReason,
        @Schema(description = "What the lookup was made by: IDENTITY_CODE or NAME_AND_BIRTH_DATE (neither is kept)")
        LookupKind lookedUpBy,
        @Schema(nullable = true, description = "How many clients matched; null for a refusal") Integer matches) {

    static IdentityLookupView of(IdentityLookups.LoggedLookup lookup) {
        return new IdentityLookupView(lookup.id(), lookup.occurredAt(), lookup.actorSubject(),
                lookup.actorOrganisation(), lookup.actorRoles(), lookup.outcome(), lookup.clientId(),
                lookup.intakeReason(), lookup.lookedUpBy(), lookup.matches());
    }
}
