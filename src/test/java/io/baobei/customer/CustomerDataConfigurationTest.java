package io.baobei.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Checks the property binding and bean wiring with a minimal context, not the whole application. */
class CustomerDataConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(CustomerDataConfiguration.class, CustomerDataKeys.class, CustomerDataCipher.class);

    @Test
    void bindsKeyAndDefaultKeyId() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        runner.withPropertyValues("customer-data.key=" + key).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CustomerDataProperties.class).keyId()).isEqualTo("k1");
            CustomerDataCipher cipher = context.getBean(CustomerDataCipher.class);
            assertThat(cipher.decrypt(cipher.encrypt("13812348000"))).isEqualTo("13812348000");
        });
    }

    @Test
    void bindsDevKeySettings(@TempDir Path tmp) {
        Path file = tmp.resolve("dev.key");
        runner.withPropertyValues(
                        "customer-data.key-id=dev",
                        "customer-data.generate-dev-key=true",
                        "customer-data.dev-key-file=" + file)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(CustomerDataKeys.class).activeKeyId()).isEqualTo("dev");
                    assertThat(file).exists();
                });
    }

    @Test
    void startupFailsWithoutAKey() {
        runner.run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("CUSTOMER_DATA_KEY (customer-data.key) is required: base64 of 32 random bytes"));
    }
}
