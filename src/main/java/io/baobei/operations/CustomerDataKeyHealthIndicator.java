package io.baobei.operations;

import java.util.UUID;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import io.baobei.customer.CustomerDataCipher;
import io.baobei.customer.CustomerDataKeys;

/**
 * {@code customerDataKey}: the customer-data key is loaded and seals and opens a value. Without it no filing can
 * be stored or read. Shows the active key id (never key material).
 */
@Component
public class CustomerDataKeyHealthIndicator extends AbstractHealthIndicator {

    private final CustomerDataKeys keys;
    private final CustomerDataCipher cipher;

    public CustomerDataKeyHealthIndicator(CustomerDataKeys keys, CustomerDataCipher cipher) {
        super("customer-data key check failed");
        this.keys = keys;
        this.cipher = cipher;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String probe = UUID.randomUUID().toString();
        boolean roundTrip = probe.equals(cipher.decrypt(cipher.encrypt(probe)));
        (roundTrip ? builder.up() : builder.down()).withDetail("activeKeyId", keys.activeKeyId());
    }
}
