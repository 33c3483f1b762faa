package fi.polku.assessment.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.assessment.service.AssessmentService;
import fi.polku.assessment.service.ClientMerges;
import fi.polku.assessment.service.InvestigationService;
import fi.polku.assessment.service.KnownClients;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import io.smallrye.common.annotation.Blocking;

/**
 * Learns from intake: the clients registered, the work-ability team bookings that start assessments, the further
 * investigations the team tracks, and the merges of duplicate clients (their records move to the kept client).
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    public static final String SKIPPED_METRIC = "polku.assessment.events.skipped";

    private final EventHandlers handlers;

    public IntakeEventsConsumer(EventConsumer consumer, KnownClients knownClients, AssessmentService assessments,
            InvestigationService investigations, ClientMerges merges) {
        this.handlers = consumer.handlers("assessment.intake-events", SKIPPED_METRIC)
                .on("fi.polku.intake.ClientRegistered.v1", ClientRegistered.class, knownClients::remember)
                .on("fi.polku.intake.WorkAbilityTeamBooked.v1", WorkAbilityTeamBooked.class,
                        booking -> assessments.scheduleFromBooking(booking.requireComplete()))
                .on("fi.polku.intake.FurtherInvestigationRequested.v1", FurtherInvestigationRequested.class,
                        request -> investigations.requestedByIntake(request.requireComplete()))
                .on("fi.polku.intake.FurtherInvestigationRequested.v2", FurtherInvestigationRequested.class,
                        request -> investigations.requestedByIntake(request.requireKinds()))
                .on("fi.polku.intake.ClientsMerged.v1", ClientsMerged.class,
                        merge -> merges.apply(merge.requireComplete()));
    }

    @Incoming("intake-events")
    @Blocking
    public void onIntakeEvent(String record) {
        handlers.consume(record);
    }
}
