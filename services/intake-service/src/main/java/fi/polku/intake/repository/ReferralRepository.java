package fi.polku.intake.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.Referral;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** The client's records, oldest first. */
    public List<Referral> listForClient(UUID clientId) {
        return list("clientId", Sort.by("receivedAt").and("id"), clientId);
    }
}
