package fi.polku.assessment.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.AssessmentReferralStatusChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssessmentReferralStatusChangeRepository
        implements PanacheRepositoryBase<AssessmentReferralStatusChange, UUID> {

    /** The referral's history, the first move first. */
    public List<AssessmentReferralStatusChange> ofReferral(UUID referralId) {
        return list("referralId", Sort.by("changedAt").and("id"), referralId);
    }
}
