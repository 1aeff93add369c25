package io.baobei.filing;

/** A filing's customer data as stored: every personal value encrypted by {@code CustomerDataCipher}. */
public record EncryptedCustomer(
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
