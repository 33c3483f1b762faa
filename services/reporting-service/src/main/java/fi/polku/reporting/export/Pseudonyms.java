package fi.polku.reporting.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ids an export carries: a keyed hash (HMAC-SHA-256, truncated to 128 bits) of the Polku id, with the export's
 * own key ({@code polku.export.pseudonym-key}). The same id gives the same pseudonym in every export, so a data
 * warehouse can link a client's facts, but a pseudonym cannot be used against Polku's APIs nor turned back into
 * the id without the key. One space for all ids, so that the same id in two fields (a coaching referral's
 * {@code referralId} and its recommendation's {@code recommendationId}) links.
 */
@ApplicationScoped
public class Pseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int BYTES = 16;

    private final SecretKeySpec key;

    public Pseudonyms(@ConfigProperty(name = "polku.export.pseudonym-key") String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key);
        if (bytes.length < 32) {
            throw new IllegalStateException("polku.export.pseudonym-key must be at least 32 bytes, base64");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    public String of(String id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] hash = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
