package io.baobei.filing;

import io.baobei.platform.validation.BusinessRefusal;

/** The rep already holds this customer through another filing (answered with 409 and that filing). */
public class AlreadyFiledException extends RuntimeException implements BusinessRefusal {

    private final String existingFilingId;

    public AlreadyFiledException(String existingFilingId) {
        super("You already hold this customer through filing " + existingFilingId);
        this.existingFilingId = existingFilingId;
    }

    public String existingFilingId() {
        return existingFilingId;
    }
}
