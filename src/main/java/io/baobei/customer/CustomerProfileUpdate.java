package io.baobei.customer;

/**
 * What an archived filing tells the customer's profile (rule F10). Personal values arrive already
 * encrypted; {@code owner} is the signing rep, or null when the customer was lost.
 */
public record CustomerProfileUpdate(
        String primaryKeyHash,
        String customerType,
        String customerNameEnc,
        String contactNameEnc,
        String contactPhoneEnc,
        String addressEnc,
        String creditCodeEnc,
        String idNumberEnc,
        String region,
        String owner,
        String filingId,
        boolean signed) {
}
