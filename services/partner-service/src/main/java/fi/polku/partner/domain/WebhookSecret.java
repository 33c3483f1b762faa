package fi.polku.partner.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A subscription's shared secret in the Standard Webhooks form {@code whsec_<base64 of 24 to 64 random bytes>}; the
 * decoded bytes are the HMAC key.
 */
public record WebhookSecret(String value) {

    public static final String PREFIX = "whsec_";
    public static final String RULE = "must be whsec_ followed by the base64 of 24 to 64 bytes";
    private static final int MIN_BYTES = 24;
    private static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static WebhookSecret generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The secret a partner gave, or empty when it is not of the Standard Webhooks form. */
    public static Optional<WebhookSecret> parse(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            int length = Base64.getDecoder().decode(value.substring(PREFIX.length())).length;
            return length < MIN_BYTES || length > MAX_BYTES ? Optional.empty() : Optional.of(new WebhookSecret(value));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
