package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerDataCipherTest {

    private final CustomerDataCipher cipher = cipher(randomKey(), "k1");

    @ParameterizedTest
    @ValueSource(strings = {"", "13812348000", "深圳市腾讯计算机系统有限公司", "11010519491231002X", "𠮷野家 🏠 v1:k1:x"})
    void roundTrip(String plain) {
        String stored = cipher.encrypt(plain);

        assertThat(stored).startsWith("v1:k1:");
        if (!plain.isEmpty()) {
            assertThat(stored).doesNotContain(plain);
        }
        assertThat(stored.substring("v1:k1:".length())).matches("[A-Za-z0-9_-]+");
        assertThat(cipher.decrypt(stored)).isEqualTo(plain);
    }

    @Test
    void payloadIsIvPlusCiphertextPlusTag() {
        String stored = cipher.encrypt("13812348000");
        byte[] payload = Base64.getUrlDecoder().decode(stored.substring("v1:k1:".length()));

        assertThat(payload).hasSize(12 + 11 + 16);
    }

    @Test
    void nullPassesThrough() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void samePlaintextEncryptsDifferentlyEachTime() {
        String a = cipher.encrypt("13812348000");
        String b = cipher.encrypt("13812348000");

        assertThat(a).isNotEqualTo(b);
        assertThat(cipher.decrypt(a)).isEqualTo(cipher.decrypt(b));
    }

    @Test
    void tamperedCiphertextIsDetected() {
        String stored = cipher.encrypt("13812348000");
        int i = stored.length() - 5;
        String tampered = stored.substring(0, i) + (stored.charAt(i) == 'A' ? 'B' : 'A') + stored.substring(i + 1);

        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(CustomerDataDecryptionException.class)
                .hasMessageContaining("failed authentication")
                .message().doesNotContain("13812348000");
    }

    @Test
    void swappedKeyIdHeaderIsDetected() {
        String key = randomKey();
        CustomerDataCipher k1 = cipher(key, "k1");
        CustomerDataCipher k2 = cipher(key, "k2");
        String relabelled = k1.encrypt("secret").replaceFirst("^v1:k1:", "v1:k2:");

        assertThatThrownBy(() -> k2.decrypt(relabelled)).isInstanceOf(CustomerDataDecryptionException.class);
    }

    @Test
    void wrongKeyIsDetected() {
        String stored = cipher.encrypt("13812348000");

        assertThatThrownBy(() -> cipher(randomKey(), "k1").decrypt(stored))
                .isInstanceOf(CustomerDataDecryptionException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void unknownKeyIdIsReported() {
        String stored = cipher.encrypt("13812348000").replaceFirst("^v1:k1:", "v1:k9:");

        assertThatThrownBy(() -> cipher.decrypt(stored))
                .isInstanceOf(CustomerDataDecryptionException.class)
                .hasMessage("Unknown customer-data key id 'k9'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812348000", "v2:k1:AAAA", "v1:k1", "v1:k1:!!!!", "v1:k1:AAAA"})
    void malformedValuesAreRejectedWithoutEchoingThem(String stored) {
        assertThatThrownBy(() -> cipher.decrypt(stored))
                .isInstanceOf(CustomerDataDecryptionException.class)
                .message().doesNotContain("13812348000");
    }

    @Test
    void blindIndexIsStableLowercaseHex() {
        String a = cipher.blindIndex(KeyType.PHONE, "13812348000");

        assertThat(a).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(cipher.blindIndex(KeyType.PHONE, "13812348000")).isEqualTo(a);
        assertThat(cipher.blindIndex(KeyType.PHONE, "13812348001")).isNotEqualTo(a);
    }

    @Test
    void blindIndexIsSeparatedByKeyType() {
        assertThat(cipher.blindIndex(KeyType.PHONE, "13812348000"))
                .isNotEqualTo(cipher.blindIndex(KeyType.PROPERTY_PHONE, "13812348000"));
    }

    @Test
    void blindIndexMatchesDifferentlyTypedInputsAfterNormalisation() {
        String a = cipher.blindIndex(KeyType.PHONE, PhoneNumbers.normalize("+86 138-1234-8000").orElseThrow());
        String b = cipher.blindIndex(KeyType.PHONE, PhoneNumbers.normalize("１３８１２３４８０００").orElseThrow());

        assertThat(a).isEqualTo(b);
    }

    @Test
    void blindIndexSurvivesAnotherInstanceWithTheSameKeyButDependsOnTheKey() {
        String key = randomKey();
        String value = CompanyNames.normalize("深圳市腾讯计算机系统有限公司");

        assertThat(cipher(key, "k1").blindIndex(KeyType.COMPANY_NAME, value))
                .isEqualTo(cipher(key, "k1").blindIndex(KeyType.COMPANY_NAME, value))
                .isNotEqualTo(cipher(randomKey(), "k1").blindIndex(KeyType.COMPANY_NAME, value));
    }

    @Test
    void blindIndexMatchesTheDocumentedConstruction() throws Exception {
        byte[] key = new byte[32];
        CustomerDataCipher zeros = cipher(Base64.getEncoder().encodeToString(key), "k1");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] indexKey = mac.doFinal("blind-index/v1".getBytes(StandardCharsets.US_ASCII));
        mac.init(new SecretKeySpec(indexKey, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(
                mac.doFinal("ID_NUMBER:11010519491231002X".getBytes(StandardCharsets.UTF_8)));

        assertThat(zeros.blindIndex(KeyType.ID_NUMBER, "11010519491231002X")).isEqualTo(expected);
    }

    @Test
    void bytesRoundTripInTheSameStoredForm() {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        byte[] binary = new byte[70_000];
        new SecureRandom().nextBytes(binary);

        for (byte[] plain : new byte[][] {pdf, binary, new byte[0]}) {
            String stored = cipher.encryptBytes(plain);

            assertThat(stored).startsWith("v1:k1:");
            assertThat(stored.substring("v1:k1:".length())).matches("[A-Za-z0-9_-]*");
            assertThat(Base64.getUrlDecoder().decode(stored.substring("v1:k1:".length()))).hasSize(12 + plain.length + 16);
            assertThat(cipher.decryptBytes(stored)).isEqualTo(plain);
        }
        assertThat(cipher.encryptBytes(pdf)).doesNotContain("PDF").isNotEqualTo(cipher.encryptBytes(pdf));
    }

    @Test
    void bytesAndTextShareOneFormat() {
        assertThat(cipher.decryptBytes(cipher.encrypt("张三 13812348000")))
                .isEqualTo("张三 13812348000".getBytes(StandardCharsets.UTF_8));
        assertThat(cipher.decrypt(cipher.encryptBytes("张三".getBytes(StandardCharsets.UTF_8)))).isEqualTo("张三");
    }

    @Test
    void nullBytesPassThrough() {
        assertThat(cipher.encryptBytes(null)).isNull();
        assertThat(cipher.decryptBytes(null)).isNull();
    }

    @Test
    void tamperedOrForeignBytesAreDetected() {
        String stored = cipher.encryptBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4});
        int i = stored.length() - 5;
        String tampered = stored.substring(0, i) + (stored.charAt(i) == 'A' ? 'B' : 'A') + stored.substring(i + 1);

        assertThatThrownBy(() -> cipher.decryptBytes(tampered))
                .isInstanceOf(CustomerDataDecryptionException.class).hasMessageContaining("failed authentication");
        assertThatThrownBy(() -> cipher(randomKey(), "k1").decryptBytes(stored))
                .isInstanceOf(CustomerDataDecryptionException.class).hasMessageContaining("failed authentication");
        assertThatThrownBy(() -> cipher.decryptBytes(stored.replaceFirst("^v1:k1:", "v1:k9:")))
                .isInstanceOf(CustomerDataDecryptionException.class).hasMessage("Unknown customer-data key id 'k9'");
        assertThatThrownBy(() -> cipher.decryptBytes("v1:k1:AAAA")).isInstanceOf(CustomerDataDecryptionException.class);
    }

    private static CustomerDataCipher cipher(String base64Key, String keyId) {
        return new CustomerDataCipher(new CustomerDataKeys(new CustomerDataProperties(base64Key, keyId, false, null, null, null)));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
