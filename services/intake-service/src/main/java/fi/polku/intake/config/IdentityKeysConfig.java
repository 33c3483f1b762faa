package fi.polku.intake.config;

import io.smallrye.config.ConfigMapping;

/** Base64 keys protecting the personal identity code; production supplies them as secrets. */
@ConfigMapping(prefix = "polku.identity")
public interface IdentityKeysConfig {

    /** 256-bit AES key for authenticated encryption (AES-GCM) of the code. */
    String encryptionKey();

    /** HMAC-SHA256 key of the blind index through which a code is found without decrypting anything. */
    String indexKey();
}
