package io.baobei.customer;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rule F10: an archived filing creates or updates the customer's profile. */
@Service
@Transactional
public class CustomerProfiles {

    private final CustomerProfileRepository profiles;
    private final Clock clock;

    public CustomerProfiles(CustomerProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** A profile column (e.g. {@code contact_phone_enc}) takes a new encrypted value from a customer's request. */
    public void overwrite(String lastFilingId, String column, String encryptedValue) {
        profiles.overwriteFromFiling(lastFilingId, column, encryptedValue);
    }

    public void record(CustomerProfileUpdate update) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        profiles.findId(update.primaryKeyHash()).ifPresentOrElse(
                id -> profiles.update(id, update, now),
                () -> profiles.insert(update, now));
    }
}
