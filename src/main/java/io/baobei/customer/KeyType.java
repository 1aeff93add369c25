package io.baobei.customer;

/**
 * What a blind index was computed over. The name is part of the HMAC input, so the same digits
 * indexed as a phone and as an ID number never collide.
 */
public enum KeyType {
    PHONE,
    CREDIT_CODE,
    ID_NUMBER,
    COMPANY_NAME,
    /** A property id + phone pair, used by the relative (亲属) rule. */
    PROPERTY_PHONE
}
