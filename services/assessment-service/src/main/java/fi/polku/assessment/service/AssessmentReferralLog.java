package fi.polku.assessment.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.AssessmentDeclineReason;
import fi.polku.assessment.domain.AssessmentReferral;
import fi.polku.assessment.domain.AssessmentReferralRules;
import fi.polku.assessment.domain.AssessmentReferralStatus;
import fi.polku.assessment.domain.AssessmentReferralStatusChange;
import fi.polku.assessment.messaging.AssessmentEvents;
import fi.polku.assessment.repository.AssessmentReferralRepository;
import fi.polku.assessment.repository.AssessmentReferralStatusChangeRepository;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * Moves an assessment referral the one way it may: appends the move, by the calling user and organisation, to its
 * history and emits {@code AssessmentReferralStatusChanged}, in the caller's transaction. Also follows the referral's
 * assessment: it is IN_PROGRESS when the assessment starts, COMPLETED when it is concluded, CANCELLED when the
 * assessment is cancelled.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssessmentReferralLog {

    private final AssessmentReferralRepository referrals;
    private final AssessmentReferralStatusChangeRepository changes;
    private final AssessmentEvents events;
    private final Caller caller;
    private final ServiceTime time;

    public AssessmentReferralLog(AssessmentReferralRepository referrals,
            AssessmentReferralStatusChangeRepository changes, AssessmentEvents events, Caller caller,
            ServiceTime time) {
        this.referrals = referrals;
        this.changes = changes;
        this.events = events;
        this.caller = caller;
        this.time = time;
    }

    /** Records a new referral in its first status, REQUESTED. */
    public void requested(AssessmentReferral referral) {
        referrals.persist(referral);
        append(referral, null);
    }

    public void move(AssessmentReferral referral, AssessmentReferralStatus to, AssessmentDeclineReason reason,
            String note) {
        referral.moveTo(to, reason, time.timestamp());
        append(referral, note);
    }

    public void assessmentStarted(Assessment assessment) {
        follow(assessment, AssessmentReferralStatus.ACCEPTED, AssessmentReferralStatus.IN_PROGRESS);
    }

    public void assessmentConcluded(Assessment assessment) {
        follow(assessment, AssessmentReferralStatus.IN_PROGRESS, AssessmentReferralStatus.COMPLETED);
    }

    public void assessmentCancelled(Assessment assessment) {
        referrals.ofAssessment(assessment.id)
                .filter(r -> AssessmentReferralRules.allowed(r.status, AssessmentReferralStatus.CANCELLED))
                .ifPresent(r -> move(r, AssessmentReferralStatus.CANCELLED, null, null));
    }

    public List<AssessmentReferralStatusChange> history(UUID referralId) {
        return changes.ofReferral(referralId);
    }

    private void follow(Assessment assessment, AssessmentReferralStatus from, AssessmentReferralStatus to) {
        referrals.ofAssessment(assessment.id).filter(r -> r.status == from).ifPresent(r -> move(r, to, null, null));
    }

    private void append(AssessmentReferral referral, String note) {
        changes.persist(AssessmentReferralStatusChange.of(referral, note, caller.subject(), caller.organisation()));
        referrals.flush();
        events.referralStatusChanged(referral);
    }
}
