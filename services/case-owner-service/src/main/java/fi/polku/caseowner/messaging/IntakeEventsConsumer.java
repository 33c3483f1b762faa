package fi.polku.caseowner.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.caseowner.service.AssignmentService;
import fi.polku.caseowner.service.ClientMergeService;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;

@ApplicationScoped
public class IntakeEventsConsumer {

    private final EventConsumer consumer;
    private final CloudEventCodec codec;
    private final AssignmentService assignments;
    private final ClientMergeService merges;

    public IntakeEventsConsumer(EventConsumer consumer, CloudEventCodec codec, AssignmentService assignments,
            ClientMergeService merges) {
        this.consumer = consumer;
        this.codec = codec;
        this.assignments = assignments;
        this.merges = merges;
    }

    @Incoming("intake-events")
    @Blocking
    public void onIntakeEvent(String record) {
        consumer.consume("case-owner.intake-events", record, event -> {
            switch (event.simpleType()) {
                case "ClientRegistered" -> assignments.onClientRegistered(codec.data(event, ClientRegistered.class));
                case "ScreeningCompleted" ->
                        assignments.onScreeningCompleted(codec.data(event, ScreeningCompleted.class));
                case "ClientDetailsChanged" ->
                        assignments.onClientDetailsChanged(codec.data(event, ClientDetailsChanged.class));
                case "ClientsMerged" -> merges.onClientsMerged(codec.data(event, ClientsMerged.class));
                default -> {
                    // other intake events do not concern case ownership
                }
            }
        });
    }
}
