package fi.polku.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.intake.service.ProviderReferrals;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import io.smallrye.common.annotation.Blocking;

/** Learns which providers the clients are referred to, from the coaching service's referral events. */
@ApplicationScoped
public class CoachingEventsConsumer {

    public static final String SKIPPED_METRIC = "polku.intake.events.skipped";

    private final EventHandlers handlers;

    public CoachingEventsConsumer(EventConsumer consumer, ProviderReferrals referrals) {
        this.handlers = consumer.handlers("intake.coaching-events", SKIPPED_METRIC)
                .on("fi.polku.coaching.CoachingReferralStatusChanged.v1", CoachingReferralStatusChanged.class,
                        change -> referrals.statusChanged(change.referralId(), change.clientId(),
                                change.providerOrganisation(), change.status(), change.changedAt()));
    }

    @Incoming("coaching-events")
    @Blocking
    public void onCoachingEvent(String record) {
        handlers.consume(record);
    }
}
