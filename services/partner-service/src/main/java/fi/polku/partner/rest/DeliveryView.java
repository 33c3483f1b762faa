package fi.polku.partner.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.partner.domain.DeliveryStatus;
import fi.polku.partner.domain.WebhookDelivery;

public record DeliveryView(
        UUID id,
        @Schema(description = "The CloudEvent id, sent as webhook-id: the idempotency key of the delivery")
        String eventId,
        String eventType,
        DeliveryStatus status,
        @Schema(description = "Attempts so far, replays included")
        int attempts,
        @Schema(nullable = true, description = "The receiver's HTTP status at the last attempt; null when it did not"
                + " answer (connection refused, timeout) or before the first attempt")
        Integer lastStatusCode,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime lastAttemptAt,
        @Schema(nullable = true, description = "When the next attempt is due; null unless PENDING")
        OffsetDateTime nextAttemptAt,
        @Schema(nullable = true) OffsetDateTime deliveredAt) {

    public static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.eventId, d.eventType, d.status, d.attempts, d.lastStatusCode, d.createdAt,
                d.lastAttemptAt, d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.deliveredAt);
    }
}
