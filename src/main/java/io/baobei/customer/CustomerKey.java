package io.baobei.customer;

/** One blind-indexed identifying key of a customer, e.g. the keyed hash of its phone number. */
public record CustomerKey(KeyType type, String hash) {
}
