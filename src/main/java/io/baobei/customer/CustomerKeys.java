package io.baobei.customer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every key under which a customer can be recognised (rule C2), as blind-index hashes, in a fixed
 * order so that concurrent claimers lock keys in the same order and never deadlock.
 * An individual's name is not a key: many people share one.
 */
@Component
public class CustomerKeys {

    private final CustomerDataCipher cipher;

    public CustomerKeys(CustomerDataCipher cipher) {
        this.cipher = cipher;
    }

    public List<CustomerKey> of(CustomerIdentity customer) {
        List<CustomerKey> keys = new ArrayList<>();
        add(keys, KeyType.PHONE, customer.phone());
        add(keys, KeyType.CREDIT_CODE, customer.creditCode());
        add(keys, KeyType.ID_NUMBER, customer.idNumber());
        if (customer.organisation()) {
            add(keys, KeyType.COMPANY_NAME, CompanyNames.normalize(customer.name()));
        }
        if (customer.propertyId() != null) {
            // a customer and a direct relative asking about the same property (rule C1)
            propertyPhone(customer.propertyId(), customer.phone()).ifPresent(keys::add);
            if (customer.relativePhone() != null) {
                propertyPhone(customer.propertyId(), customer.relativePhone()).ifPresent(keys::add);
            }
        }
        keys.sort(Comparator.comparing(CustomerKey::hash));
        return keys;
    }

    /** The key for a single value, for look-ups. */
    public CustomerKey of(KeyType type, String normalizedValue) {
        return new CustomerKey(type, cipher.blindIndex(type, normalizedValue));
    }

    private void add(List<CustomerKey> keys, KeyType type, String normalizedValue) {
        if (normalizedValue != null && !normalizedValue.isEmpty()) {
            keys.add(of(type, normalizedValue));
        }
    }

    /**
     * The key of a property asked about from a normalised phone. A property id that folds to nothing
     * (punctuation only) gives no key: it would join every such customer.
     */
    public Optional<CustomerKey> propertyPhone(String propertyId, String normalizedPhone) {
        String property = MatchingText.key(propertyId);
        return property.isEmpty() ? Optional.empty() : Optional.of(of(KeyType.PROPERTY_PHONE, property + "|" + normalizedPhone));
    }
}
