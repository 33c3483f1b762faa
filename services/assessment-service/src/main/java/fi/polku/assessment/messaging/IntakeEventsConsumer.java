package fi.polku.assessment.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.assessment.domain.KnownClient;
import fi.polku.assessment.repository.KnownClientRepository;
import fi.polku.assessment.service.AssessmentService;
import fi.polku.assessment.service.InvestigationService;
import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.events.MalformedEventException;
import fi.polku.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;

/**
 * Learns from intake: the clients registered, the work-ability team bookings that start assessments, the further
 * investigations the team tracks, and the merges of duplicate clients (their records move to the kept client).
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    private final EventConsumer consumer;
    private final CloudEventCodec codec;
    private final KnownClientRepository knownClients;
    private final AssessmentService assessments;
    private final InvestigationService investigations;

    public IntakeEventsConsumer(EventConsumer consumer, CloudEventCodec codec, KnownClientRepository knownClients,
            AssessmentService assessments, InvestigationService investigations) {
        this.consumer = consumer;
        this.codec = codec;
        this.knownClients = knownClients;
        this.assessments = assessments;
        this.investigations = investigations;
    }

    @Incoming("intake-events")
    @Blocking
    public void onIntakeEvent(String record) {
        consumer.consume("assessment.intake-events", record, this::handle);
    }

    private void handle(CloudEvent event) {
        switch (event.simpleType()) {
            case "ClientRegistered" -> remember(codec.data(event, ClientRegistered.class));
            case "WorkAbilityTeamBooked" -> assessments.scheduleFromBooking(
                    required(codec.data(event, WorkAbilityTeamBooked.class), event));
            case "FurtherInvestigationRequested" -> investigations.requestedByIntake(
                    required(codec.data(event, FurtherInvestigationRequested.class), event));
            case "ClientsMerged" -> merge(codec.data(event, ClientsMerged.class));
            default -> {
                // other intake events are not this service's concern
            }
        }
    }

    private static WorkAbilityTeamBooked required(WorkAbilityTeamBooked booking, CloudEvent event) {
        if (booking.clientId() == null || booking.bookingId() == null || booking.appointmentAt() == null) {
            throw new MalformedEventException("WorkAbilityTeamBooked " + event.id()
                    + " lacks clientId, bookingId or appointmentAt");
        }
        return booking;
    }

    private static FurtherInvestigationRequested required(FurtherInvestigationRequested request, CloudEvent event) {
        if (request.clientId() == null || request.bookingId() == null || request.requestedAt() == null
                || request.investigations() == null || request.investigations().stream()
                        .anyMatch(i -> i.investigation() == null || i.responsible() == null)) {
            throw new MalformedEventException("FurtherInvestigationRequested " + event.id()
                    + " lacks clientId, bookingId, requestedAt or an investigation and who is responsible for it");
        }
        return request;
    }

    /** Applied once per event id; repeated under another id it finds nothing left of the merged client. */
    private void merge(ClientsMerged merge) {
        if (merge.clientId() == null || merge.mergedClientId() == null) {
            throw new MalformedEventException("ClientsMerged lacks clientId or mergedClientId");
        }
        knownClients.mergeInto(merge.mergedClientId(), merge.clientId());
    }

    private void remember(ClientRegistered registered) {
        if (knownClients.findByIdOptional(registered.clientId()).isPresent()) {
            return;
        }
        KnownClient client = new KnownClient();
        client.clientId = registered.clientId();
        client.municipalityCode = registered.municipalityCode();
        client.ageBand = registered.ageBand();
        client.registeredAt = registered.registeredAt();
        knownClients.persist(client);
    }
}
