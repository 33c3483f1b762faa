package fi.polku.caseowner.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.ReferralState;
import fi.polku.caseowner.domain.ReferredService;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReferralStateRepository implements PanacheRepositoryBase<ReferralState, UUID> {

    /** The referrals the gap watch looks at: waiting for an answer, or declined and not replaced. */
    public List<ReferralState> watched() {
        return list("status = ?1 OR (status = ?2 AND superseded = false)", ReferralState.REQUESTED,
                ReferralState.DECLINED);
    }

    /** Referrals still REQUESTED after their answer day whose case owner has not been told yet. */
    public List<ReferralState> unansweredNotNotified(LocalDate today) {
        return list("status = ?1 AND answerDueBy < ?2 AND unansweredNotifiedAt IS NULL", ReferralState.REQUESTED,
                today);
    }

    /** A new referral of the client replaces its earlier declined or cancelled ones to the same service. */
    public void supersedeEarlier(ReferredService service, UUID clientId, UUID newReferralId) {
        update("superseded = true WHERE service = ?1 AND clientId = ?2 AND referralId <> ?3"
                + " AND status IN ('DECLINED', 'CANCELLED')", service, clientId, newReferralId);
    }
}
