package fi.polku.caseowner.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.CaseOwnerReferral;
import fi.polku.caseowner.domain.CaseOwnerReferralStatus;
import fi.polku.caseowner.domain.CaseOwnerReferralStatusChange;
import fi.polku.caseowner.domain.ReferredService;
import fi.polku.caseowner.domain.ReturnDeclineReason;
import fi.polku.caseowner.messaging.CaseOwnerEvents;
import fi.polku.caseowner.repository.CaseOwnerReferralRepository;
import fi.polku.caseowner.repository.CaseOwnerReferralStatusChangeRepository;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * Every move of a referral back to the case owner, in one transaction: the referral's status, a history row that is
 * never changed, its {@code CaseOwnerReferralStatusChanged} event, and the referral's state in the gap watch.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseOwnerReferralLog {

    private final CaseOwnerReferralRepository referrals;
    private final CaseOwnerReferralStatusChangeRepository changes;
    private final CaseOwnerEvents events;
    private final ReferralStates states;
    private final Caller caller;
    private final ServiceTime time;

    public CaseOwnerReferralLog(CaseOwnerReferralRepository referrals, CaseOwnerReferralStatusChangeRepository changes,
            CaseOwnerEvents events, ReferralStates states, Caller caller, ServiceTime time) {
        this.referrals = referrals;
        this.changes = changes;
        this.events = events;
        this.states = states;
        this.caller = caller;
        this.time = time;
    }

    /** Records a new referral in its first status, REQUESTED; {@code receiver} as the gap watch names it. */
    public void requested(CaseOwnerReferral referral, String receiver) {
        referrals.persist(referral);
        append(referral, null, receiver);
    }

    public void move(CaseOwnerReferral referral, CaseOwnerReferralStatus to, ReturnDeclineReason reason, String note,
            String receiver) {
        referral.moveTo(to, reason, time.timestamp());
        append(referral, note, receiver);
    }

    public List<CaseOwnerReferralStatusChange> history(UUID referralId) {
        return changes.ofReferral(referralId);
    }

    private void append(CaseOwnerReferral referral, String note, String receiver) {
        changes.persist(CaseOwnerReferralStatusChange.of(referral, note, caller.subject(), caller.organisation()));
        referrals.flush();
        events.referralStatusChanged(referral);
        states.onStatusChanged(new ReferralStates.Move(ReferredService.CASE_OWNER, referral.id, referral.clientId,
                receiver, referral.status.name(),
                referral.declineReasonCode == null ? null : referral.declineReasonCode.name(), referral.answerDueBy,
                referral.statusChangedAt));
    }
}
