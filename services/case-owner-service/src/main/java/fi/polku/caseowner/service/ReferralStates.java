package fi.polku.caseowner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.ReferralState;
import fi.polku.caseowner.messaging.CoachingReferralStatusChanged;
import fi.polku.caseowner.repository.ReferralStateRepository;

/** Keeps where each client's coaching referral stands, for the gap watch and the unanswered-referral reminder. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferralStates {

    private final ReferralStateRepository referrals;

    public ReferralStates(ReferralStateRepository referrals) {
        this.referrals = referrals;
    }

    public void onStatusChanged(CoachingReferralStatusChanged change) {
        ReferralState state = referrals.findByIdOptional(change.referralId()).orElseGet(ReferralState::new);
        if (state.changedAt != null && state.changedAt.isAfter(change.changedAt())) {
            return;
        }
        state.referralId = change.referralId();
        state.clientId = change.clientId();
        state.providerOrganisation = change.providerOrganisation();
        state.status = change.status();
        state.reasonCode = change.reasonCode();
        state.answerDueBy = change.answerDueBy();
        state.changedAt = change.changedAt();
        if (!referrals.isPersistent(state)) {
            referrals.persist(state);
        }
        if (ReferralState.REQUESTED.equals(change.status())) {
            referrals.flush();
            referrals.supersedeEarlier(change.clientId(), change.referralId());
        }
    }
}
