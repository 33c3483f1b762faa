package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.caseowner.domain.ClientStage;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Segment;

/** A client on a work list: where they are and what happens next. */
public record ClientProgressView(
        UUID clientId,
        String municipalityCode,
        Segment segment,
        ClientStage stage,
        OffsetDateTime stageChangedAt,
        String nextStep,
        LocalDate nextStepDue,
        OffsetDateTime lastContactAt,
        OffsetDateTime lastActivityAt) {

    public static ClientProgressView of(KnownClient client) {
        return new ClientProgressView(client.clientId, client.municipalityCode, client.segment, client.stage,
                client.stageChangedAt, client.nextStep, client.nextStepDue, client.lastContactAt,
                client.lastActivityAt());
    }
}
