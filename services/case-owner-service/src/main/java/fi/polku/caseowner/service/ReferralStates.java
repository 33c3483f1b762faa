package fi.polku.caseowner.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.ReferralState;
import fi.polku.caseowner.domain.ReferredService;
import fi.polku.caseowner.repository.ReferralStateRepository;

/**
 * Keeps where each client's coaching and assessment referrals stand, for the gap watch and the unanswered-referral
 * reminder.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferralStates {

    /** A referral's move as its service's event tells it; {@code receiver} is who answers it. */
    public record Move(ReferredService service, UUID referralId, UUID clientId, String receiver, String status,
            String reasonCode, LocalDate answerDueBy, OffsetDateTime changedAt) {
    }

    private final ReferralStateRepository referrals;

    public ReferralStates(ReferralStateRepository referrals) {
        this.referrals = referrals;
    }

    /** Applies a move unless a newer one of the referral is already known. */
    public void onStatusChanged(Move move) {
        ReferralState state = referrals.findByIdOptional(move.referralId()).orElseGet(ReferralState::new);
        if (state.changedAt != null && state.changedAt.isAfter(move.changedAt())) {
            return;
        }
        state.referralId = move.referralId();
        state.service = move.service();
        state.clientId = move.clientId();
        state.receiver = move.receiver();
        state.status = move.status();
        state.reasonCode = move.reasonCode();
        state.answerDueBy = move.answerDueBy();
        state.changedAt = move.changedAt();
        if (!referrals.isPersistent(state)) {
            referrals.persist(state);
        }
        if (ReferralState.REQUESTED.equals(move.status())) {
            referrals.flush();
            referrals.supersedeEarlier(move.service(), move.clientId(), move.referralId());
        }
    }
}
