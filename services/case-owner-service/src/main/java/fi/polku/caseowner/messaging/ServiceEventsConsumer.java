package fi.polku.caseowner.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.caseowner.domain.ClientStage;
import fi.polku.caseowner.domain.ServiceStart;
import fi.polku.caseowner.service.ActivationPlanBases;
import fi.polku.caseowner.service.AgreedCaseOwnerService;
import fi.polku.caseowner.service.ClientProgressService;
import fi.polku.caseowner.service.CoachingEpisodes;
import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import io.smallrye.common.annotation.Blocking;

/**
 * Learns from assessment and coaching where a client is, which starts the case owner must acknowledge, the case
 * owner agreed in an assessment, whether the activation plan records the coaching and work trials that started, and
 * the coaching episodes (a coach's basis for referring the client back).
 */
@ApplicationScoped
public class ServiceEventsConsumer {

    private final CloudEventCodec codec;
    private final ClientProgressService progress;
    private final CoachingEpisodes episodes;
    private final EventHandlers assessmentHandlers;
    private final EventHandlers coachingHandlers;

    public ServiceEventsConsumer(EventConsumer consumer, CloudEventCodec codec, ClientProgressService progress,
            AgreedCaseOwnerService agreements, ActivationPlanBases activationPlans, CoachingEpisodes episodes) {
        this.codec = codec;
        this.progress = progress;
        this.episodes = episodes;
        this.assessmentHandlers = consumer.handlers("case-owner.assessment-events",
                        IntakeEventsConsumer.SKIPPED_METRIC)
                .onEvent("fi.polku.assessment.AssessmentScheduled.v1",
                        event -> started(ServiceStart.Service.ASSESSMENT, event))
                .onEvent("fi.polku.assessment.AssessmentConcluded.v1",
                        event -> reached(ClientStage.ASSESSMENT_CONCLUDED, event))
                .on("fi.polku.assessment.CaseOwnerAgreed.v1", CaseOwnerAgreed.class, agreements::onCaseOwnerAgreed)
                .on("fi.polku.assessment.ActivationPlanUpdated.v1", ActivationPlanUpdated.class,
                        activationPlans::onPlanUpdated);
        this.coachingHandlers = consumer.handlers("case-owner.coaching-events", IntakeEventsConsumer.SKIPPED_METRIC)
                .onEvent("fi.polku.coaching.CoachingStarted.v1", event -> {
                    started(ServiceStart.Service.COACHING, event);
                    episodes.onStarted(codec.data(event, CoachingEpisodeChanged.class));
                })
                .onEvent("fi.polku.coaching.CoachingEnded.v1", event -> {
                    reached(ClientStage.COACHING_ENDED, event);
                    episodes.onEnded(codec.data(event, CoachingEpisodeChanged.class));
                })
                .on("fi.polku.coaching.JobStarted.v1", JobStarted.class, activationPlans::onJobStarted);
    }

    @Incoming("assessment-events")
    @Blocking
    public void onAssessmentEvent(String record) {
        assessmentHandlers.consume(record);
    }

    @Incoming("coaching-events")
    @Blocking
    public void onCoachingEvent(String record) {
        coachingHandlers.consume(record);
    }

    private void started(ServiceStart.Service service, CloudEvent event) {
        progress.onServiceStarted(service, codec.data(event, ServiceStarted.class), event.time());
    }

    private void reached(ClientStage stage, CloudEvent event) {
        ServiceStarted data = codec.data(event, ServiceStarted.class);
        progress.onStageReached(data.clientId(), stage, event.time());
    }
}
