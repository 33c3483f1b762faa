package fi.polku.caseowner.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import fi.polku.caseowner.service.DueReminderSchedules;
import fi.polku.caseowner.service.NotificationService;
import fi.polku.caseowner.service.ReferralStates;
import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.messaging.EventConsumer;
import io.smallrye.common.annotation.Blocking;

/**
 * Feeds the notification feed from every topic this service reads, each in a consumer group of its own beside the
 * service's other consumers (application.properties); what notifies whom is {@code NotificationRule}. Coaching's and
 * assessment's referral moves also keep the referral states of the gap watch; coaching's follow-along and fidelity
 * review schedules the reminders that fall due later.
 */
@ApplicationScoped
public class NotificationEventsConsumer {

    private final EventConsumer consumer;
    private final CloudEventCodec codec;
    private final NotificationService notifications;
    private final ReferralStates referrals;
    private final DueReminderSchedules schedules;

    public NotificationEventsConsumer(EventConsumer consumer, CloudEventCodec codec,
            NotificationService notifications, ReferralStates referrals, DueReminderSchedules schedules) {
        this.schedules = schedules;
        this.consumer = consumer;
        this.codec = codec;
        this.notifications = notifications;
        this.referrals = referrals;
    }

    @Incoming("notify-intake-events")
    @Blocking
    public void onIntakeEvent(String record) {
        consumer.consume("case-owner.notifications.intake", record, notifications::onEvent);
    }

    @Incoming("notify-case-owner-events")
    @Blocking
    public void onCaseOwnerEvent(String record) {
        consumer.consume("case-owner.notifications.case-owner", record, notifications::onEvent);
    }

    @Incoming("notify-assessment-events")
    @Blocking
    public void onAssessmentEvent(String record) {
        consumer.consume("case-owner.notifications.assessment", record, this::assessment);
    }

    @Incoming("notify-coaching-events")
    @Blocking
    public void onCoachingEvent(String record) {
        consumer.consume("case-owner.notifications.coaching", record, this::coaching);
    }

    private void assessment(CloudEvent event) {
        if ("AssessmentReferralStatusChanged".equals(event.simpleType())) {
            referrals.onStatusChanged(codec.data(event, AssessmentReferralStatusChanged.class).move());
        }
        notifications.onEvent(event);
    }

    private void coaching(CloudEvent event) {
        switch (event.simpleType()) {
            case "CoachingReferralStatusChanged" ->
                    referrals.onStatusChanged(codec.data(event, CoachingReferralStatusChanged.class).move());
            case "FollowAlongContactsScheduled" ->
                    schedules.onFollowAlong(codec.data(event, FollowAlongContactsScheduled.class));
            case "FidelityReviewScheduled" ->
                    schedules.onFidelityReview(codec.data(event, FidelityReviewScheduled.class));
            default -> {
            }
        }
        notifications.onEvent(event);
    }
}
