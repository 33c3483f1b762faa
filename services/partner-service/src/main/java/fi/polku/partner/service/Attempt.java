package fi.polku.partner.service;

import java.util.UUID;

import fi.polku.partner.domain.WebhookSecret;

/** A claimed delivery, ready to be sent: the event's partner view to the subscription's URL. */
public record Attempt(UUID deliveryId, UUID subscriptionId, String callbackUrl, WebhookSecret secret, String eventId,
        String body) {
}
