package fi.polku.caseowner.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.AgreedCaseOwner;
import fi.polku.caseowner.domain.AgreementOutcome;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AgreedCaseOwnerRepository implements PanacheRepositoryBase<AgreedCaseOwner, UUID> {

    /** Agreements not applied that still wait for someone to decide, of every client. */
    public List<AgreedCaseOwner> allWaiting() {
        return list("outcome = ?1 and resolvedAt is null", AgreementOutcome.NOT_APPLIED);
    }

    /** Someone set the client's case owner by hand: the agreements that waited for that are decided. */
    public void resolveWaiting(UUID clientId, OffsetDateTime at) {
        update("resolvedAt = ?1 where clientId = ?2 and outcome = ?3 and resolvedAt is null", at, clientId,
                AgreementOutcome.NOT_APPLIED);
    }
}
