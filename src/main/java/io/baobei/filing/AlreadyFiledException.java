package io.baobei.filing;

import io.baobei.customer.KeyType;
import io.baobei.platform.validation.BusinessRefusal;

/** The rep already holds this customer through another filing (answered with 409 and that filing). */
public class AlreadyFiledException extends RuntimeException implements BusinessRefusal {

    private final String existingFilingId;
    private final KeyType matchedBy;

    public AlreadyFiledException(String existingFilingId, KeyType matchedBy) {
        super("You already hold this customer through filing " + existingFilingId);
        this.existingFilingId = existingFilingId;
        this.matchedBy = matchedBy;
    }

    public String existingFilingId() {
        return existingFilingId;
    }

    /** The key found held by the rep's other filing. */
    public KeyType matchedBy() {
        return matchedBy;
    }
}
