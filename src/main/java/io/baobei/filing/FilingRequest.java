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

    /** The request a stored filing was made from (its customer data decrypted). */
    public static FilingRequest of(Filing f, PlainCustomer c) {
        return new FilingRequest(f.customerType(), c.customerName(), c.contactName(), c.contactPhone(), c.address(),
                f.region(), f.visitTime(), f.visitPurpose(), f.customerStage(), c.creditCode(), c.legalRepresentative(),
                c.idNumber(), c.propertyId(), c.relativePhone(), f.projectName(), f.demand(), f.expectedAmount());
    }

    /** The value of one described field; a new {@link FilingField} does not compile until it is read here. */
    public Object value(FilingField field) {
        return switch (field) {
            case CUSTOMER_TYPE -> customerType;
            case CUSTOMER_NAME -> customerName;
            case CREDIT_CODE -> creditCode;
            case LEGAL_REPRESENTATIVE -> legalRepresentative;
            case ID_NUMBER -> idNumber;
            case CONTACT_NAME -> contactName;
            case CONTACT_PHONE -> contactPhone;
            case ADDRESS -> address;
            case REGION -> region;
            case VISIT_TIME -> visitTime;
            case CUSTOMER_STAGE -> customerStage;
            case VISIT_PURPOSE -> visitPurpose;
            case PROJECT_NAME -> projectName;
            case PROPERTY_ID -> propertyId;
            case RELATIVE_PHONE -> relativePhone;
            case EXPECTED_AMOUNT -> expectedAmount;
            case DEMAND -> demand;
        };
    }

    public PlainCustomer customer() {
        return new PlainCustomer(customerName, contactName, contactPhone, address, creditCode, legalRepresentative, idNumber,
                relativePhone, propertyId);
    }

    public CustomerIdentity identity() {
        return new CustomerIdentity(customerType.isOrganisation(), customerName, contactPhone, creditCode,
                idNumber, propertyId, relativePhone);
    }
}
