package fi.polku.partner.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.partner.domain.ConsentPurpose;
import fi.polku.partner.domain.SubscriptionStatus;
import fi.polku.partner.domain.WebhookSubscription;

public record SubscriptionView(
        UUID id,
        @Schema(description = "The subscribing organisation (its coordinators' org claim, e.g. a business ID)")
        String organisation,
        String callbackUrl,
        List<String> eventTypes,
        ConsentPurpose purpose,
        @Schema(description = "FAILING once a delivery failed for the whole retry schedule (at least 24 h); a later"
                + " successful delivery or a re-enable makes it ACTIVE")
        SubscriptionStatus status,
        @Schema(nullable = true) OffsetDateTime failingSince,
        OffsetDateTime createdAt,
        @Schema(description = "The shared secret; only in the answer to the create or a rotation, never again",
                nullable = true)
        String secret,
        @Schema(description = "Until when the secret before the last rotation still signs deliveries beside the"
                + " current one (a second signature in webhook-signature); null when there is no overlap",
                nullable = true)
        OffsetDateTime previousSecretValidUntil,
        long version) {

    /** The subscription as at {@code now}, which decides whether the previous secret still signs. */
    public static SubscriptionView of(WebhookSubscription subscription, OffsetDateTime now) {
        return view(subscription, null, now);
    }

    public static SubscriptionView withSecret(WebhookSubscription subscription, OffsetDateTime now) {
        return view(subscription, subscription.secret, now);
    }

    private static SubscriptionView view(WebhookSubscription s, String secret, OffsetDateTime now) {
        OffsetDateTime overlapEnds = s.signingSecrets(now).size() > 1 ? s.previousSecretUntil : null;
        return new SubscriptionView(s.id, s.organisation, s.callbackUrl, List.copyOf(s.eventTypes), s.purpose,
                s.status, s.failingSince, s.createdAt, secret, overlapEnds, s.version);
    }
}
