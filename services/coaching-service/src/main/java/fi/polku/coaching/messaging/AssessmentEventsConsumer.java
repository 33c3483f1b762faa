package fi.polku.coaching.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import fi.polku.coaching.service.EpisodeService;
import fi.polku.coaching.service.ReferralService;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import io.smallrye.common.annotation.Blocking;

/**
 * Opens a closed-loop referral, with its episode waiting for the provider's answer, for each coaching referral of a
 * work-ability team assessment.
 */
@ApplicationScoped
public class AssessmentEventsConsumer {

    private static final Logger LOG = Logger.getLogger(AssessmentEventsConsumer.class);

    private final EpisodeService episodes;
    private final ReferralService referrals;
    private final EventHandlers handlers;

    public AssessmentEventsConsumer(EventConsumer consumer, EpisodeService episodes, ReferralService referrals) {
        this.episodes = episodes;
        this.referrals = referrals;
        this.handlers = consumer.handlers("coaching.assessment-events", IntakeEventsConsumer.SKIPPED_METRIC)
                .on("fi.polku.assessment.CoachingReferralIssued.v1", CoachingReferralIssued.class, this::refer)
                .on("fi.polku.assessment.CoachingReferralIssued.v2", CoachingReferralIssued.class, this::refer);
    }

    @Incoming("assessment-events")
    @Blocking
    public void onAssessmentEvent(String record) {
        handlers.consume(record);
    }

    private void refer(CoachingReferralIssued referral) {
        if (episodes.hasOpenEpisode(referral.clientId())) {
            LOG.infof("Referral %s not opened: the client already has an open coaching episode",
                    referral.referralId());
            return;
        }
        referrals.fromTeam(referral.referralId(), referral.clientId(), referral.assessmentId(),
                referral.providerOrganisation(), referral.reason());
    }
}
