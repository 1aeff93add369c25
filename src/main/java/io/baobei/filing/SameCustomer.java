package io.baobei.filing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.baobei.customer.CustomerKey;
import io.baobei.customer.CustomerKeys;

/** Whether filings are of one customer, by the same keys every claim is made with (rules C1, C2). */
@Component
public class SameCustomer {

    private final CustomerKeys customerKeys;
    private final FilingCustomerData customerData;
    private final CustomerProtection protection;
    private final FilingRepository filings;

    public SameCustomer(CustomerKeys customerKeys, FilingCustomerData customerData, CustomerProtection protection,
                        FilingRepository filings) {
        this.customerKeys = customerKeys;
        this.customerData = customerData;
        this.protection = protection;
        this.filings = filings;
    }

    /** Whether any key of the filing's customer is one of these. */
    public boolean matches(Filing filing, List<CustomerKey> keys) {
        Set<String> hashes = keys.stream().map(CustomerKey::hash).collect(Collectors.toSet());
        return keysOf(filing).stream().map(CustomerKey::hash).anyMatch(hashes::contains);
    }

    /** Every filing ever made of the filing's customer, this one included. */
    public List<Filing> filingsOfCustomer(Filing filing) {
        return protection.filingsOf(keysOf(filing)).stream().map(filings::find).flatMap(Optional::stream).toList();
    }

    private List<CustomerKey> keysOf(Filing filing) {
        return customerKeys.of(customerData.identity(filing));
    }
}
