package io.baobei.customer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The single owner of customer-data key material: the active AES-256 key, every key that may still be
 * needed to decrypt (by key id), and the blind-index key.
 *
 * <p>Key rotation: add the new key under a new id and make it active, keep the old ones in {@link #keys} for
 * decryption. The blind-index key must NOT change with rotation — every stored index would stop matching —
 * so when rotating, pin it to the value derived from the original key instead of the new active key.
 */
@Component
public class CustomerDataKeys {

    static final String MISSING_KEY_MESSAGE =
            "CUSTOMER_DATA_KEY (customer-data.key) is required: base64 of 32 random bytes";
    private static final Logger log = LoggerFactory.getLogger(CustomerDataKeys.class);
    private static final int KEY_BYTES = 32;
    private static final String AES = "AES";
    private static final String HMAC = "HmacSHA256";
    private static final byte[] BLIND_INDEX_LABEL = "blind-index/v1".getBytes(StandardCharsets.US_ASCII);

    private final String activeKeyId;
    private final Map<String, SecretKey> keys;
    private final SecretKey blindIndexKey;

    public CustomerDataKeys(CustomerDataProperties properties) {
        String keyId = properties.keyId();
        if (keyId.contains(":")) {
            throw new IllegalStateException("customer-data.key-id must not contain ':'");
        }
        Map<String, byte[]> material = new HashMap<>();
        properties.previousKeys().forEach((id, base64) -> material.put(id, decode(base64, "customer-data.previous-keys." + id)));
        material.put(keyId, loadKey(properties));
        byte[] indexKeyBytes = material.get(properties.indexKeyId());
        if (indexKeyBytes == null) {
            throw new IllegalStateException("customer-data.index-key-id " + properties.indexKeyId()
                    + " names no configured key (customer-data.key-id or customer-data.previous-keys)");
        }
        this.activeKeyId = keyId;
        this.keys = material.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> new SecretKeySpec(e.getValue(), AES)));
        this.blindIndexKey = new SecretKeySpec(hmac(indexKeyBytes, BLIND_INDEX_LABEL), HMAC);
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public SecretKey activeKey() {
        return keys.get(activeKeyId);
    }

    public Optional<SecretKey> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    public SecretKey blindIndexKey() {
        return blindIndexKey;
    }

    private static byte[] loadKey(CustomerDataProperties properties) {
        if (properties.key() != null && !properties.key().isBlank()) {
            return decode(properties.key(), "customer-data.key");
        }
        if (!properties.generateDevKey()) {
            throw new IllegalStateException(MISSING_KEY_MESSAGE);
        }
        Path file = Path.of(properties.devKeyFile()).toAbsolutePath().normalize();
        byte[] key = Files.exists(file) ? readDevKey(file) : createDevKey(file);
        log.warn("customer-data: using a DEVELOPMENT encryption key from {}; set CUSTOMER_DATA_KEY in production", file);
        return key;
    }

    private static byte[] readDevKey(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "development key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read development key file " + file, e);
        }
    }

    private static byte[] createDevKey(Path file) {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] content = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            createOwnerOnly(file);
            Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
            return key;
        } catch (FileAlreadyExistsException e) {
            // Another process created it between the exists() check and here; use its key.
            return readDevKey(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write development key file " + file, e);
        }
    }

    /** Permissions are set at creation so the key is never briefly world-readable. */
    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            // The decoder's message quotes the offending character, which is part of the key: don't chain it.
            throw new IllegalStateException(source + " is not valid base64 (expected base64 of 32 random bytes)");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(source + " decodes to " + key.length + " bytes, expected " + KEY_BYTES
                    + " (base64 of 32 random bytes)");
        }
        return key;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
