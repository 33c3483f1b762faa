package fi.polku.caseowner.messaging;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.caseowner.domain.ClientStage;
import fi.polku.caseowner.domain.PlaceSource;
import fi.polku.caseowner.domain.ServiceStart;
import fi.polku.caseowner.service.ActivationPlanBases;
import fi.polku.caseowner.service.AgreedCaseOwnerService;
import fi.polku.caseowner.service.ClientPlaces;
import fi.polku.caseowner.service.ClientProgressService;
import fi.polku.caseowner.service.CoachingEpisodes;
import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import fi.polku.platform.servicemap.ServicePlace;
import fi.polku.platform.time.ServiceTime;
import io.smallrye.common.annotation.Blocking;

/**
 * Learns from assessment and coaching where a client is (stage and place on the service map), which starts the case owner must acknowledge, the case
 * owner agreed in an assessment, whether the activation plan records the coaching and work trials that started, and
 * the coaching episodes (a coach's basis for referring the client back).
 */
@ApplicationScoped
public class ServiceEventsConsumer {

    private final CloudEventCodec codec;
    private final ClientProgressService progress;
    private final ClientPlaces places;
    private final EventHandlers assessmentHandlers;
    private final EventHandlers coachingHandlers;

    public ServiceEventsConsumer(EventConsumer consumer, CloudEventCodec codec, ClientProgressService progress,
            AgreedCaseOwnerService agreements, ActivationPlanBases activationPlans, CoachingEpisodes episodes,
            ClientPlaces places) {
        this.codec = codec;
        this.progress = progress;
        this.places = places;
        this.assessmentHandlers = consumer.handlers("case-owner.assessment-events",
                        IntakeEventsConsumer.SKIPPED_METRIC)
                .onEvent("fi.polku.assessment.AssessmentScheduled.v1", event -> {
                    ServiceStarted started = started(ServiceStart.Service.ASSESSMENT, event);
                    arrived(started, ServicePlace.WORK_ABILITY_ASSESSMENT, PlaceSource.ASSESSMENT_SCHEDULED, event);
                })
                .onEvent("fi.polku.assessment.AssessmentConcluded.v1", event -> {
                    reached(ClientStage.ASSESSMENT_CONCLUDED, event);
                    ended(event, PlaceSource.ASSESSMENT_CONCLUDED);
                })
                .onEvent("fi.polku.assessment.AssessmentCancelled.v1",
                        event -> ended(event, PlaceSource.ASSESSMENT_CANCELLED))
                .on("fi.polku.assessment.CaseOwnerAgreed.v1", CaseOwnerAgreed.class, agreements::onCaseOwnerAgreed)
                .on("fi.polku.assessment.ActivationPlanUpdated.v1", ActivationPlanUpdated.class,
                        activationPlans::onPlanUpdated);
        this.coachingHandlers = consumer.handlers("case-owner.coaching-events", IntakeEventsConsumer.SKIPPED_METRIC)
                .onEvent("fi.polku.coaching.CoachingStarted.v1", event -> {
                    ServiceStarted started = started(ServiceStart.Service.COACHING, event);
                    arrived(started, ServicePlace.SUPPORTED_EMPLOYMENT_COACHING, PlaceSource.COACHING_STARTED, event);
                    episodes.onStarted(codec.data(event, CoachingEpisodeChanged.class));
                })
                .onEvent("fi.polku.coaching.CoachingEnded.v1", event -> {
                    reached(ClientStage.COACHING_ENDED, event);
                    ended(event, PlaceSource.COACHING_ENDED);
                    episodes.onEnded(codec.data(event, CoachingEpisodeChanged.class));
                })
                .on("fi.polku.coaching.JobStarted.v1", JobStarted.class, job -> {
                    activationPlans.onJobStarted(job);
                    job.place().ifPresent(place -> places.onEvent(job.clientId(), place, job.startDate(),
                            PlaceSource.JOB_STARTED, job.jobId().toString()));
                });
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

    private ServiceStarted started(ServiceStart.Service service, CloudEvent event) {
        ServiceStarted started = codec.data(event, ServiceStarted.class);
        progress.onServiceStarted(service, started, event.time());
        return started;
    }

    private void arrived(ServiceStarted started, ServicePlace place, PlaceSource source, CloudEvent event) {
        if (started.referenceId() != null) {
            places.onEvent(started.clientId(), place, ServiceTime.dayOf(started.at(event.time())), source,
                    started.referenceId());
        }
    }

    /** Coaching that ended naming where the client went puts them there; otherwise they are with the case owner. */
    private void ended(CloudEvent event, PlaceSource source) {
        ServiceEnded ended = codec.data(event, ServiceEnded.class);
        if (ended.referenceId() == null) {
            return;
        }
        LocalDate day = ServiceTime.dayOf(ended.at(event.time()));
        ended.destination().ifPresentOrElse(
                place -> places.onEvent(ended.clientId(), place, day, source, ended.referenceId()),
                () -> places.onServiceEnded(ended.clientId(), day, source, ended.referenceId()));
    }

    private void reached(ClientStage stage, CloudEvent event) {
        ServiceStarted data = codec.data(event, ServiceStarted.class);
        progress.onStageReached(data.clientId(), stage, event.time());
    }
}
