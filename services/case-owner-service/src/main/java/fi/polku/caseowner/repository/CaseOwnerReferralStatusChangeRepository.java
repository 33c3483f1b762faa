package fi.polku.caseowner.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.CaseOwnerReferralStatusChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CaseOwnerReferralStatusChangeRepository
        implements PanacheRepositoryBase<CaseOwnerReferralStatusChange, UUID> {

    /** The referral's history, the first move first. */
    public List<CaseOwnerReferralStatusChange> ofReferral(UUID referralId) {
        return list("referralId", Sort.by("changedAt").and("id"), referralId);
    }
}
