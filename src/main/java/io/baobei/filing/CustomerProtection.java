package io.baobei.filing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.baobei.customer.CustomerIdentity;
import io.baobei.customer.CustomerKey;
import io.baobei.customer.CustomerKeys;

/**
 * Claims every key of a filing's customer. The database decides races: the first transaction to
 * insert a key holds the customer, on one node or many. A filing that loses any key holds none.
 */
@Component
public class CustomerProtection {

    private final CustomerKeys customerKeys;
    private final CustomerClaimRepository claims;
    private final FilingRepository filings;

    public CustomerProtection(CustomerKeys customerKeys, CustomerClaimRepository claims, FilingRepository filings) {
        this.customerKeys = customerKeys;
        this.claims = claims;
        this.filings = filings;
    }

    /**
     * @return the filing that already protects this customer, or empty when this filing now does
     * @throws AlreadyFiledException when the holder is the same rep's own filing
     */
    public Optional<ClaimConflict> claim(String filingId, String filer, CustomerIdentity customer, OffsetDateTime now) {
        ClaimConflict conflict = null;
        for (CustomerKey key : customerKeys.of(customer)) {
            if (!claims.tryClaim(key, filingId, now)) {
                String current = claims.holderOf(key.hash()).orElse(null);
                if (current == null || current.equals(filingId)) {
                    continue; // released meanwhile, or a key this filing listed twice
                }
                if (filings.get(current).filer().equals(filer)) {
                    throw new AlreadyFiledException(current);
                }
                conflict = conflict == null ? new ClaimConflict(current, key.type()) : conflict;
            }
        }
        if (conflict != null) {
            claims.releaseAll(filingId);
        }
        return Optional.ofNullable(conflict);
    }

    /** Hands every key the loser holds to the winner, then claims the winner's own keys. */
    public Optional<ClaimConflict> transfer(String fromFilingId, String toFilingId, String toFiler, CustomerIdentity customer,
                                            OffsetDateTime now) {
        claims.reassign(fromFilingId, toFilingId);
        return claim(toFilingId, toFiler, customer, now);
    }

    public void release(String filingId) {
        claims.releaseAll(filingId);
    }

    /** The filings that hold any of the given keys. */
    public List<String> holdersOf(List<CustomerKey> keys) {
        return claims.holdersOf(keys.stream().map(CustomerKey::hash).toList());
    }
}
