package fi.polku.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    /** The example of the Standard Webhooks reference libraries' tests. */
    @Test
    void signsTheIdTimestampAndBodyAsTheStandardWebhooksExample() {
        String signature = WebhookSignature.sign(WebhookSecret.parse(SECRET).orElseThrow(),
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theReferenceLibraryVerifiesAGeneratedSecretsSignature() {
        WebhookSecret secret = WebhookSecret.generate();
        long now = System.currentTimeMillis() / 1000;
        String body = "{\"id\":\"5a0e\",\"data\":{\"clientId\":\"c1\"}}";
        String signature = WebhookSignature.sign(secret, "5a0e", now, body);

        assertThatCode(() -> new Webhook(secret.value()).verify(body, Map.of("webhook-id", List.of("5a0e"),
                "webhook-timestamp", List.of(Long.toString(now)), "webhook-signature", List.of(signature))))
                .doesNotThrowAnyException();
    }

    /** During a rotation's overlap the header carries both signatures; the library accepts either secret. */
    @Test
    void theReferenceLibraryVerifiesATwoSignatureHeaderWithEitherSecretAndNoOther() {
        WebhookSecret previous = WebhookSecret.generate();
        WebhookSecret next = WebhookSecret.generate();
        long now = System.currentTimeMillis() / 1000;
        String body = "{\"id\":\"5a0f\"}";
        String header = WebhookSignature.sign(List.of(next, previous), "5a0f", now, body);
        Map<String, List<String>> headers = Map.of("webhook-id", List.of("5a0f"),
                "webhook-timestamp", List.of(Long.toString(now)), "webhook-signature", List.of(header));

        assertThat(header.split(" ")).hasSize(2).allMatch(signature -> signature.startsWith("v1,"));
        assertThatCode(() -> new Webhook(previous.value()).verify(body, headers)).doesNotThrowAnyException();
        assertThatCode(() -> new Webhook(next.value()).verify(body, headers)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Webhook(WebhookSecret.generate().value()).verify(body, headers))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aSecretIsWhsecAndTheBase64OfTwentyFourToSixtyFourBytes() {
        assertThat(WebhookSecret.parse(SECRET)).isPresent();
        assertThat(WebhookSecret.generate().key()).hasSize(32);
        assertThat(WebhookSecret.parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isEmpty();
        assertThat(WebhookSecret.parse("whsec_c2hvcnQ=")).isEmpty();
        assertThat(WebhookSecret.parse("whsec_not*base64")).isEmpty();
        assertThat(WebhookSecret.generate().toString()).doesNotContain(WebhookSecret.generate().value());
    }
}
