package fi.polku.partner.service;

import java.util.List;
import java.util.UUID;

import fi.polku.partner.domain.WebhookSecret;

/** A claimed delivery, ready to be sent: the event's partner view to the subscription's URL. */
public record Attempt(UUID deliveryId, UUID subscriptionId, String callbackUrl, List<WebhookSecret> secrets,
        String eventId, String body) {
}
