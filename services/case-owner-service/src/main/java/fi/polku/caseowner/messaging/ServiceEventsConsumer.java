package fi.polku.caseowner.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.caseowner.domain.ClientStage;
import fi.polku.caseowner.domain.ServiceStart;
import fi.polku.caseowner.service.AgreedCaseOwnerService;
import fi.polku.caseowner.service.ClientProgressService;
import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;

/**
 * Learns from assessment and coaching where a client is, which starts the case owner must acknowledge, and the case
 * owner agreed in an assessment.
 */
@ApplicationScoped
public class ServiceEventsConsumer {

    private final EventConsumer consumer;
    private final CloudEventCodec codec;
    private final ClientProgressService progress;
    private final AgreedCaseOwnerService agreements;

    public ServiceEventsConsumer(EventConsumer consumer, CloudEventCodec codec, ClientProgressService progress,
            AgreedCaseOwnerService agreements) {
        this.consumer = consumer;
        this.codec = codec;
        this.progress = progress;
        this.agreements = agreements;
    }

    @Incoming("assessment-events")
    @Blocking
    public void onAssessmentEvent(String record) {
        consumer.consume("case-owner.assessment-events", record, event -> {
            switch (event.simpleType()) {
                case "AssessmentScheduled" -> started(ServiceStart.Service.ASSESSMENT, event);
                case "AssessmentConcluded" -> reached(ClientStage.ASSESSMENT_CONCLUDED, event);
                case "CaseOwnerAgreed" -> agreements.onCaseOwnerAgreed(codec.data(event, CaseOwnerAgreed.class));
                default -> {
                    // other assessment events do not change what the case owner must know
                }
            }
        });
    }

    @Incoming("coaching-events")
    @Blocking
    public void onCoachingEvent(String record) {
        consumer.consume("case-owner.coaching-events", record, event -> {
            switch (event.simpleType()) {
                case "CoachingStarted" -> started(ServiceStart.Service.COACHING, event);
                case "CoachingEnded" -> reached(ClientStage.COACHING_ENDED, event);
                default -> {
                    // other coaching events do not change what the case owner must know
                }
            }
        });
    }

    private void started(ServiceStart.Service service, CloudEvent event) {
        progress.onServiceStarted(service, codec.data(event, ServiceStarted.class), event.time());
    }

    private void reached(ClientStage stage, CloudEvent event) {
        ServiceStarted data = codec.data(event, ServiceStarted.class);
        progress.onStageReached(data.clientId(), stage, event.time());
    }
}
