package io.baobei.filing;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.baobei.customer.CreditCodes;
import io.baobei.customer.PhoneNumbers;

/**
 * Whether a filing is a valid filing (有效报备, P9 §三.1) as far as its own record shows: complete per
 * rule F2 and protecting at a given moment. Whether it was found false is the conduct ledger's to say.
 */
@Component
public class FilingValidity {

    private static final Set<FilingEventType> PROTECTION_ENDED = EnumSet.of(FilingEventType.WITHDRAWN,
            FilingEventType.VOIDED, FilingEventType.LAPSED, FilingEventType.LOST, FilingEventType.CUSTOMER_RELEASED);

    private final FilingCustomerData customerData;
    private final FilingEventRepository events;

    public FilingValidity(FilingCustomerData customerData, FilingEventRepository events) {
        this.customerData = customerData;
        this.events = events;
    }

    /** Rule F2: name, phone and address present and well formed; an enterprise's credit code and legal representative. */
    public boolean complete(Filing filing) {
        PlainCustomer c = customerData.decrypt(filing.customer());
        boolean complete = present(c.customerName())
                && c.contactPhone() != null && PhoneNumbers.normalize(c.contactPhone()).isPresent()
                && c.address() != null && c.address().trim().length() >= FilingRequestParser.MIN_ADDRESS_LENGTH;
        if (filing.customerType() == CustomerType.ENTERPRISE) {
            complete &= c.creditCode() != null && CreditCodes.normalize(c.creditCode()).isPresent()
                    && present(c.legalRepresentative());
        }
        return complete;
    }

    /**
     * Whether the filing held its customer at that moment: filed by then, not stopped by a collision at
     * filing, its protection not run out, withdrawn, voided, lost or released.
     */
    public boolean protectingAt(Filing filing, OffsetDateTime moment) {
        if (filing.filedAt().isAfter(moment) || filing.status() == FilingStatus.IN_COLLISION
                || (filing.protectedUntil() != null && !filing.protectedUntil().isAfter(moment))) {
            return false;
        }
        return events.of(filing.id()).stream()
                .noneMatch(e -> PROTECTION_ENDED.contains(e.type()) && !e.occurredAt().isAfter(moment));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
