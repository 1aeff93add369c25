package io.baobei.filing;

import io.baobei.customer.KeyType;

/** The filing that already holds a customer, and the key it was recognised by. */
public record ClaimConflict(String holderFilingId, KeyType matchedBy) {
}
