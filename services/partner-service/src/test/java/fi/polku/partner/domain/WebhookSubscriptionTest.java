package fi.polku.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T10:00:00+02:00");

    @Test
    void aRotatedOutSecretSignsBesideTheNewOneUntilTheOverlapEndsThenOnlyTheNewOneSigns() {
        WebhookSecret first = WebhookSecret.generate();
        WebhookSecret second = WebhookSecret.generate();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.secret = first.value();
        assertThat(subscription.signingSecrets(NOW)).containsExactly(first);

        subscription.rotateSecret(second, NOW.plusHours(24));

        assertThat(subscription.signingSecrets(NOW)).containsExactly(second, first);
        assertThat(subscription.signingSecrets(NOW.plusHours(24).minusSeconds(1))).containsExactly(second, first);
        assertThat(subscription.signingSecrets(NOW.plusHours(24))).containsExactly(second);
    }

    @Test
    void aSecondRotationDropsTheFirstSecretAtOnce() {
        WebhookSecret first = WebhookSecret.generate();
        WebhookSecret second = WebhookSecret.generate();
        WebhookSecret third = WebhookSecret.generate();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.secret = first.value();

        subscription.rotateSecret(second, NOW.plusHours(24));
        subscription.rotateSecret(third, NOW.plusHours(1));

        assertThat(subscription.signingSecrets(NOW)).containsExactly(third, second);
    }
}
