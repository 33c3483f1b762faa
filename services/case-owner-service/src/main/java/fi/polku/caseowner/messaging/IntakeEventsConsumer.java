package fi.polku.caseowner.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.caseowner.service.AssignmentService;
import fi.polku.caseowner.service.ClientMergeService;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import io.smallrye.common.annotation.Blocking;

/** Learns from intake the clients to give a case owner, their segment and municipality, and merges of duplicates. */
@ApplicationScoped
public class IntakeEventsConsumer {

    /** Counts the events of case-owner's consumers of a type they do not handle, by type. */
    public static final String SKIPPED_METRIC = "polku.case-owner.events.skipped";

    private final EventHandlers handlers;

    public IntakeEventsConsumer(EventConsumer consumer, AssignmentService assignments, ClientMergeService merges) {
        this.handlers = consumer.handlers("case-owner.intake-events", SKIPPED_METRIC)
                .on("fi.polku.intake.ClientRegistered.v1", ClientRegistered.class, assignments::onClientRegistered)
                .on("fi.polku.intake.ScreeningCompleted.v1", ScreeningCompleted.class,
                        assignments::onScreeningCompleted)
                .on("fi.polku.intake.ClientDetailsChanged.v1", ClientDetailsChanged.class,
                        assignments::onClientDetailsChanged)
                .on("fi.polku.intake.ClientsMerged.v1", ClientsMerged.class, merges::onClientsMerged);
    }

    @Incoming("intake-events")
    @Blocking
    public void onIntakeEvent(String record) {
        handlers.consume(record);
    }
}
