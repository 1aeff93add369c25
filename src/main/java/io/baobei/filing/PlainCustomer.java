package io.baobei.filing;

/** A filing's customer data in clear, only ever in memory and only for readers allowed by {@link FilingAccess}. */
public record PlainCustomer(
        String customerName,
        String contactName,
        String contactPhone,
        String address,
        String creditCode,
        String legalRepresentative,
        String idNumber,
        String relativePhone,
        String propertyId) {
}
