package fi.polku.intake.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.config.IdentityKeysConfig;
import fi.polku.intake.domain.PersonalIdentityCode;

/**
 * Keeps identity codes unreadable in the database: stored encrypted with AES-256-GCM (random nonce, the client id
 * as associated data so a ciphertext cannot be moved to another row) and found through an HMAC blind index.
 */
@ApplicationScoped
public class IdentityCodeProtector {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    public IdentityCodeProtector(IdentityKeysConfig keys) {
        byte[] encryption = Base64.getDecoder().decode(keys.encryptionKey());
        if (encryption.length != 32) {
            throw new IllegalStateException("polku.identity.encryption-key must be 32 bytes (base64)");
        }
        byte[] index = Base64.getDecoder().decode(keys.indexKey());
        if (index.length < 32) {
            throw new IllegalStateException("polku.identity.index-key must be at least 32 bytes (base64)");
        }
        this.encryptionKey = new SecretKeySpec(encryption, "AES");
        this.indexKey = new SecretKeySpec(index, "HmacSHA256");
    }

    public String blindIndex(PersonalIdentityCode code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(code.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index cannot be computed", e);
        }
    }

    public byte[] encrypt(PersonalIdentityCode code, String associatedData) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(code.value().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Identity code cannot be encrypted", e);
        }
    }

    public PersonalIdentityCode decrypt(byte[] stored, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return PersonalIdentityCode.parse(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Identity code cannot be decrypted: wrong key or tampered data", e);
        }
    }
}
