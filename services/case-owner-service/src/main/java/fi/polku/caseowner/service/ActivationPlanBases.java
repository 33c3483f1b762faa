package fi.polku.caseowner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.ActivationPlanBasis;
import fi.polku.caseowner.domain.ClientActivationPlan;
import fi.polku.caseowner.domain.WorkTrialStart;
import fi.polku.caseowner.messaging.ActivationPlanUpdated;
import fi.polku.caseowner.messaging.JobStarted;
import fi.polku.caseowner.repository.ClientActivationPlanRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.WorkTrialStartRepository;

/**
 * Keeps what the gap watch needs to see whether coaching and work trials are recorded in the client's activation
 * plan ({@link ActivationPlanBasis}): the latest plan of each known client and the work trials that started.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ActivationPlanBases {

    private final KnownClientRepository knownClients;
    private final ClientActivationPlanRepository plans;
    private final WorkTrialStartRepository workTrials;

    public ActivationPlanBases(KnownClientRepository knownClients, ClientActivationPlanRepository plans,
            WorkTrialStartRepository workTrials) {
        this.knownClients = knownClients;
        this.plans = plans;
        this.workTrials = workTrials;
    }

    public void onPlanUpdated(ActivationPlanUpdated updated) {
        if (knownClients.findByIdOptional(updated.clientId()).isEmpty()) {
            return;
        }
        ClientActivationPlan plan = plans.findByIdOptional(updated.clientId())
                .orElseGet(() -> ClientActivationPlan.of(updated.clientId()));
        boolean newer = plan.update(updated.planId(), updated.version(), updated.validUntil(),
                updated.agreedPossibilities(), updated.services().stream()
                        .map(s -> new ActivationPlanBasis.Period(s.service(), s.until())).toList(),
                updated.updatedAt());
        if (newer && !plans.isPersistent(plan)) {
            plans.persist(plan);
        }
    }

    public void onJobStarted(JobStarted started) {
        if (!started.workTrial() || knownClients.findByIdOptional(started.clientId()).isEmpty()
                || workTrials.findByIdOptional(started.jobId()).isPresent()) {
            return;
        }
        workTrials.persist(WorkTrialStart.of(started.jobId(), started.clientId(), started.startDate()));
    }
}
