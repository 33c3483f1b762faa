package fi.polku.caseowner.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.Notification;
import fi.polku.caseowner.domain.NotificationRule;

@Schema(description = "What the professional is told: codes and ids only (the feed may show the client's id)")
public record NotificationView(
        UUID id,
        @Schema(description = "Which rule of the notification table made it") NotificationRule rule,
        @Schema(nullable = true) UUID clientId,
        @Schema(nullable = true, description = "The CloudEvents type that caused it; null for a reminder")
        String eventType,
        @Schema(nullable = true, description = "The id it is about: a referral, assessment, episode, job, consent or"
                + " follow-up") UUID referenceId,
        @Schema(nullable = true, description = "A code from the event, e.g. the decline's reasonCode or the end's"
                + " endReason") String code,
        @Schema(description = "When it happened, or fell due") OffsetDateTime occurredAt,
        OffsetDateTime createdAt,
        boolean read,
        @Schema(nullable = true) OffsetDateTime readAt) {

    public static NotificationView of(Notification notification) {
        return new NotificationView(notification.id, notification.rule, notification.clientId,
                notification.eventType, notification.referenceId, notification.code, notification.occurredAt,
                notification.createdAt, notification.readAt != null, notification.readAt);
    }
}
