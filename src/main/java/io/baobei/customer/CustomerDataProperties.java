package io.baobei.customer;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Key material for encrypting customer data at rest.
 *
 * @param key            base64 of 32 random bytes (env {@code CUSTOMER_DATA_KEY}); blank only in development
 * @param keyId          id stored with every ciphertext so that rotated keys can still decrypt old rows
 * @param generateDevKey when {@code key} is blank, read or create a key in {@code devKeyFile} instead of failing
 * @param devKeyFile     where the development key lives
 * @param previousKeys   key id → base64 key of keys that were active before: still needed to decrypt until
 *                       {@code KeyRotation} has re-encrypted everything
 * @param indexKeyId     the key the blind index is derived from; it must stay the same across rotations
 *                       (default: the active key)
 */
@ConfigurationProperties(prefix = "customer-data")
public record CustomerDataProperties(
        String key,
        @DefaultValue("k1") String keyId,
        @DefaultValue("false") boolean generateDevKey,
        @DefaultValue("./data/customer-data.key") String devKeyFile,
        Map<String, String> previousKeys,
        String indexKeyId) {

    public CustomerDataProperties {
        previousKeys = previousKeys == null ? Map.of() : Map.copyOf(previousKeys);
        keyId = keyId == null || keyId.isBlank() ? "k1" : keyId.strip();
        devKeyFile = devKeyFile == null || devKeyFile.isBlank() ? "./data/customer-data.key" : devKeyFile.strip();
        indexKeyId = indexKeyId == null || indexKeyId.isBlank() ? keyId : indexKeyId.strip();
    }
}
