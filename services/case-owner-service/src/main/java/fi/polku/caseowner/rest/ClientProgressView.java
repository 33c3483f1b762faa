package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.ClientStage;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Segment;
import fi.polku.caseowner.service.CaseOwnerQueries;
import fi.polku.platform.servicemap.ServicePlace;

/** A client on a work list: where they are and what happens next. */
public record ClientProgressView(
        UUID clientId,
        @Schema(nullable = true, description = "The case owner now; null while the client waits in the unassigned queue")
        UUID caseOwnerProfessionalId,
        @Schema(nullable = true, description = "The client's municipality (Statistics Finland code); null under a non-disclosure order") String municipalityCode,
        @Schema(description = "The client has a non-disclosure order for personal safety (turvakielto): intake withholds"
                + " the municipality and contact details") boolean nonDisclosure,
        @Schema(nullable = true, description = "Intake's screening segment; null until screened") Segment segment,
        ClientStage stage,
        @Schema(nullable = true) OffsetDateTime stageChangedAt,
        @Schema(description = "Where on the service map the client is now") ServicePlace place,
        @Schema(description = "The day the client came to the place") LocalDate placeSince,
        @Schema(nullable = true) String nextStep,
        @Schema(nullable = true) LocalDate nextStepDue,
        @Schema(nullable = true) OffsetDateTime lastContactAt,
        @Schema(description = "The latest of registration, reopening, next step and contact") OffsetDateTime lastActivityAt) {

    public static ClientProgressView of(CaseOwnerQueries.CaseloadClient entry) {
        return of(entry.client(), entry.caseOwnerProfessionalId());
    }

    public static ClientProgressView of(KnownClient client, UUID caseOwnerProfessionalId) {
        return new ClientProgressView(client.clientId, caseOwnerProfessionalId, client.municipalityCode,
                client.municipalityWithheld(), client.segment, client.stage,
                client.stageChangedAt, client.place, client.placeSince, client.nextStep, client.nextStepDue, client.lastContactAt,
                client.lastActivityAt());
    }
}
