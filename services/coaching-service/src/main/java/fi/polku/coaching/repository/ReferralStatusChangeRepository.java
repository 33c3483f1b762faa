package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.ReferralStatusChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReferralStatusChangeRepository implements PanacheRepositoryBase<ReferralStatusChange, UUID> {

    /** A referral's history, oldest first; a handful of moves at most, so it comes whole. */
    public List<ReferralStatusChange> ofReferral(UUID referralId) {
        return list("referralId = ?1 ORDER BY changedAt, id", referralId);
    }
}
