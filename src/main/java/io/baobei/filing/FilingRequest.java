package io.baobei.filing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.baobei.customer.CustomerIdentity;

/**
 * A validated filing as a rep submits it (rule F2). Phone numbers, credit code and ID number are
 * normalised; names and address are trimmed as typed.
 */
public record FilingRequest(
        CustomerType customerType,
        String customerName,
        String contactName,
        String contactPhone,
        String address,
        String region,
        OffsetDateTime visitTime,
        String visitPurpose,
        CustomerStage customerStage,
        String creditCode,
        String legalRepresentative,
        String idNumber,
        String propertyId,
        String relativePhone,
        String projectName,
        String demand,
        BigDecimal expectedAmount) {

    public PlainCustomer customer() {
        return new PlainCustomer(customerName, contactName, contactPhone, address, creditCode, legalRepresentative, idNumber,
                relativePhone, propertyId);
    }

    public CustomerIdentity identity() {
        return new CustomerIdentity(customerType.isOrganisation(), customerName, contactPhone, creditCode,
                idNumber, propertyId, relativePhone);
    }
}
