package io.baobei.customer;

/**
 * The identifying data of a customer, already normalised ({@link PhoneNumbers}, {@link CreditCodes},
 * {@link IdNumbers}, {@link CompanyNames}); optional parts are null.
 */
public record CustomerIdentity(
        boolean organisation,
        String name,
        String phone,
        String creditCode,
        String idNumber,
        String propertyId,
        String relativePhone) {
}
