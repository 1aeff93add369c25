package io.baobei.customer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest for personal data and the keyed blind index used to match it without decrypting.
 *
 * <p>Stored form: {@code v1:<keyId>:<base64url(iv || ciphertext+tag)>}, AES-256-GCM with a random 12-byte IV.
 * The {@code v1:<keyId>} header is authenticated as associated data, so it cannot be swapped undetected.
 */
@Component
public class CustomerDataCipher {

    private static final String VERSION = "v1";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_KEY_ID_IN_MESSAGE = 32;

    private final CustomerDataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public CustomerDataCipher(CustomerDataKeys keys) {
        this.keys = keys;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        return seal(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Binary customer data (copies of identity documents, rule D7) in the same stored form as {@link #encrypt}:
     * {@code v1:<keyId>:<base64url(iv || ciphertext+tag)>}, so key rotation treats it like every other column.
     */
    public String encryptBytes(byte[] plain) {
        if (plain == null) {
            return null;
        }
        return seal(plain);
    }

    /** The same value under the active key (key rotation); works for text and bytes alike. */
    public String reencrypt(String stored) {
        return encryptBytes(decryptBytes(stored));
    }

    public byte[] decryptBytes(String stored) {
        if (stored == null) {
            return null;
        }
        return open(stored);
    }

    private String seal(byte[] plain) {
        String keyId = keys.activeKeyId();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.activeKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(header(keyId));
            byte[] sealed = cipher.doFinal(plain);
            byte[] payload = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return VERSION + ':' + keyId + ':' + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Customer data encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        return new String(open(stored), StandardCharsets.UTF_8);
    }

    private byte[] open(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new CustomerDataDecryptionException("Stored customer data is not in the v1:<keyId>:<data> format");
        }
        String keyId = parts[1];
        SecretKey key = keys.key(keyId).orElseThrow(() -> new CustomerDataDecryptionException(
                "Unknown customer-data key id '" + abbreviate(keyId) + "'"));
        byte[] payload;
        try {
            payload = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new CustomerDataDecryptionException("Stored customer data is not valid base64url");
        }
        if (payload.length < IV_BYTES + TAG_BITS / 8) {
            throw new CustomerDataDecryptionException("Stored customer data is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, payload, 0, IV_BYTES));
            cipher.updateAAD(header(keyId));
            return cipher.doFinal(payload, IV_BYTES, payload.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new CustomerDataDecryptionException(
                    "Stored customer data failed authentication (tampered, or encrypted with a different key)", e);
        } catch (GeneralSecurityException e) {
            throw new CustomerDataDecryptionException("Customer data decryption failed", e);
        }
    }

    /**
     * Deterministic keyed hash for equality lookups: 64 lowercase hex chars. Callers must pass the value
     * through its normaliser first, otherwise differently typed forms of the same customer will not match.
     */
    public String blindIndex(KeyType type, String normalizedValue) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(normalizedValue, "normalizedValue");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.blindIndexKey());
            byte[] digest = mac.doFinal((type.name() + ':' + normalizedValue).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index computation failed", e);
        }
    }

    private static byte[] header(String keyId) {
        return (VERSION + ':' + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String keyId) {
        return keyId.length() <= MAX_KEY_ID_IN_MESSAGE ? keyId : keyId.substring(0, MAX_KEY_ID_IN_MESSAGE) + "…";
    }
}
