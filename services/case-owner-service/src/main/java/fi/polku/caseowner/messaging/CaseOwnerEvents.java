package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.Professional;
import fi.polku.platform.events.Topics;
import fi.polku.platform.outbox.Outbox;

@ApplicationScoped
public class CaseOwnerEvents {

    private final Outbox outbox;

    public CaseOwnerEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void assigned(UUID clientId, Professional owner, String rule, OffsetDateTime at) {
        outbox.publish(Topics.CASE_OWNER, "CaseOwnerAssigned", clientId,
                new CaseOwnerAssigned(clientId, owner.id, owner.role.name(), owner.organisation, rule, at));
    }

    public void unavailable(UUID clientId, String municipalityCode, String reason, OffsetDateTime at) {
        outbox.publish(Topics.CASE_OWNER, "CaseOwnerUnavailable", clientId,
                new CaseOwnerUnavailable(clientId, municipalityCode, reason, at));
    }
}
