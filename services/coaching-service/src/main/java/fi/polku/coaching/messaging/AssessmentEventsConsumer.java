package fi.polku.coaching.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import fi.polku.coaching.service.EpisodeService;
import fi.polku.coaching.service.ReferralService;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;

/**
 * Opens a closed-loop referral, with its episode waiting for the provider's answer, for each coaching referral of a
 * work-ability team assessment.
 */
@ApplicationScoped
public class AssessmentEventsConsumer {

    private static final Logger LOG = Logger.getLogger(AssessmentEventsConsumer.class);

    private final EventConsumer consumer;
    private final CloudEventCodec codec;
    private final EpisodeService episodes;
    private final ReferralService referrals;

    public AssessmentEventsConsumer(EventConsumer consumer, CloudEventCodec codec, EpisodeService episodes,
            ReferralService referrals) {
        this.consumer = consumer;
        this.codec = codec;
        this.episodes = episodes;
        this.referrals = referrals;
    }

    @Incoming("assessment-events")
    @Blocking
    public void onAssessmentEvent(String record) {
        consumer.consume("coaching.assessment-events", record, event -> {
            if ("CoachingReferralIssued".equals(event.simpleType())) {
                refer(codec.data(event, CoachingReferralIssued.class));
            }
        });
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
