package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerDataKeysTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path tmp;

    @Test
    void usesTheConfiguredKey() {
        CustomerDataKeys keys = new CustomerDataKeys(new CustomerDataProperties(KEY, "k7", false, null, null, null));

        assertThat(keys.activeKeyId()).isEqualTo("k7");
        assertThat(keys.activeKey().getEncoded()).hasSize(32).containsOnly(0);
        assertThat(keys.key("k7")).contains(keys.activeKey());
        assertThat(keys.key("k1")).isEmpty();
        assertThat(keys.blindIndexKey().getEncoded()).hasSize(32).isNotEqualTo(keys.activeKey().getEncoded());
    }

    @Test
    void defaultsKeyIdToK1() {
        assertThat(new CustomerDataProperties(KEY, null, false, null, null, null).keyId()).isEqualTo("k1");
        assertThat(new CustomerDataProperties(KEY, " ", false, null, null, null).keyId()).isEqualTo("k1");
        assertThat(new CustomerDataProperties(KEY, null, false, null, null, null).devKeyFile()).isEqualTo("./data/customer-data.key");
    }

    @Test
    void blindIndexKeyIsDerivedDeterministically() {
        CustomerDataKeys a = new CustomerDataKeys(new CustomerDataProperties(KEY, "k1", false, null, null, null));
        CustomerDataKeys b = new CustomerDataKeys(new CustomerDataProperties(KEY, "other", false, null, null, null));

        assertThat(a.blindIndexKey().getEncoded()).isEqualTo(b.blindIndexKey().getEncoded());
    }

    @Test
    void missingKeyFailsWithAClearMessage() {
        assertThatThrownBy(() -> new CustomerDataKeys(new CustomerDataProperties(null, null, false, null, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("CUSTOMER_DATA_KEY (customer-data.key) is required: base64 of 32 random bytes");
        assertThatThrownBy(() -> new CustomerDataKeys(new CustomerDataProperties("  ", null, false, null, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CUSTOMER_DATA_KEY (customer-data.key) is required");
    }

    @Test
    void wrongLengthIsRejected() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new CustomerDataKeys(new CustomerDataProperties(sixteenBytes, null, false, null, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("customer-data.key")
                .hasMessageContaining("16 bytes, expected 32");
    }

    @Test
    void invalidBase64IsRejectedWithoutEchoingTheKey() {
        String notBase64 = "this is not base64 at all!!";
        assertThatThrownBy(() -> new CustomerDataKeys(new CustomerDataProperties(notBase64, null, false, null, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not valid base64")
                .hasNoCause()
                .message().doesNotContain(notBase64).doesNotContain("!");
    }

    @Test
    void keyIdMustNotContainTheSeparator() {
        assertThatThrownBy(() -> new CustomerDataKeys(new CustomerDataProperties(KEY, "a:b", false, null, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key-id");
    }

    @Test
    void devKeyIsGeneratedOnceAndReused() throws Exception {
        Path file = tmp.resolve("nested/dir/customer-data.key");
        CustomerDataProperties properties = new CustomerDataProperties("", null, true, file.toString(), null, null);

        CustomerDataKeys first = new CustomerDataKeys(properties);

        assertThat(file).exists();
        byte[] stored = Base64.getDecoder().decode(Files.readString(file).strip());
        assertThat(stored).isEqualTo(first.activeKey().getEncoded()).hasSize(32);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }

        CustomerDataKeys second = new CustomerDataKeys(properties);
        assertThat(second.activeKey().getEncoded()).isEqualTo(first.activeKey().getEncoded());
        assertThat(second.blindIndexKey().getEncoded()).isEqualTo(first.blindIndexKey().getEncoded());
        // Data encrypted under the first instance stays readable after a "restart".
        String stored1 = new CustomerDataCipher(first).encrypt("张三丰");
        assertThat(new CustomerDataCipher(second).decrypt(stored1)).isEqualTo("张三丰");
    }

    @Test
    void configuredKeyWinsOverDevKeyFile() {
        Path file = tmp.resolve("customer-data.key");
        CustomerDataKeys keys = new CustomerDataKeys(new CustomerDataProperties(KEY, null, true, file.toString(), null, null));

        assertThat(file).doesNotExist();
        assertThat(keys.activeKey().getEncoded()).containsOnly(0);
    }

    @Test
    void corruptDevKeyFileIsRejected() throws Exception {
        Path file = tmp.resolve("customer-data.key");
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[10]));

        assertThatThrownBy(() -> new CustomerDataKeys(new CustomerDataProperties(null, null, true, file.toString(), null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development key file")
                .hasMessageContaining("10 bytes, expected 32");
    }
}
