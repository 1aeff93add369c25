package io.baobei.filing;

import io.baobei.customer.KeyType;

/**
 * The filing that already holds a customer and the key it was recognised by; or, with
 * {@code formerOwnerFollowing}, a filing that lapsed while its rep was still following (rule F8).
 */
public record ClaimConflict(String holderFilingId, KeyType matchedBy, boolean formerOwnerFollowing) {

    public ClaimConflict(String holderFilingId, KeyType matchedBy) {
        this(holderFilingId, matchedBy, false);
    }
}
