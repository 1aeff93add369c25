package io.baobei.filing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.baobei.customer.CustomerIdentity;
import io.baobei.customer.CustomerKey;
import io.baobei.customer.CustomerKeys;
import io.baobei.customer.KeyType;

/**
 * Claims every key of a filing's customer. The database decides races: the first transaction to
 * insert a key holds the customer, on one node or many. A filing that loses any key holds none.
 */
@Component
public class CustomerProtection {

    /**
     * Rule C6b: a collision is named after the strongest key that matched, whatever order the keys are
     * claimed in (they are claimed in hash order, against deadlocks).
     */
    private static final List<KeyType> STRONGEST_FIRST = List.of(KeyType.PHONE, KeyType.CREDIT_CODE, KeyType.ID_NUMBER,
            KeyType.COMPANY_NAME, KeyType.PROPERTY_PHONE);

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
        List<CustomerKey> keys = customerKeys.of(customer);
        claims.indexCustomer(filingId, keys);
        for (CustomerKey key : keys) {
            String holder = holderAfterClaiming(key, filingId, now);
            if (holder.equals(filingId)) {
                continue;
            }
            if (filings.get(holder).filer().equals(filer)) {
                throw new AlreadyFiledException(holder, key.type());
            }
            if (conflict == null || STRONGEST_FIRST.indexOf(key.type()) < STRONGEST_FIRST.indexOf(conflict.matchedBy())) {
                conflict = new ClaimConflict(holder, key.type());
            }
        }
        if (conflict != null) {
            claims.releaseAll(filingId);
            return Optional.of(conflict);
        }
        return formerRepStillFollowing(keys, filer);
    }

    /** The keys a customer is matched by, in the order they are claimed. */
    public List<CustomerKey> keysOf(CustomerIdentity customer) {
        return customerKeys.of(customer);
    }

    /**
     * The common case in one statement: nobody holds any of these keys, and this filing now holds them all.
     * False, with nothing claimed, when any key was held: {@link #claim} then finds out by whom.
     */
    public boolean claimIfFree(String filingId, List<CustomerKey> keys, OffsetDateTime now) {
        if (!claims.tryClaimAll(keys, filingId, now)) {
            return false;
        }
        claims.indexNewCustomer(filingId, keys);
        return true;
    }

    /**
     * Won, but the customer's former rep may still be following: the customer chooses (F8); the claims are kept
     * meanwhile so that nobody else can file the customer.
     */
    public Optional<ClaimConflict> formerRepStillFollowing(List<CustomerKey> keys, String filer) {
        return claims.lapsedFilingsOf(keys.stream().map(CustomerKey::hash).toList(), filer).stream().findFirst()
                .map(lapsed -> new ClaimConflict(lapsed, keys.get(0).type(), true));
    }

    /** The filing lapsed while its rep was still following: its keys stay marked for the customer's choice. */
    public void markLapsed(String filingId, CustomerIdentity customer, OffsetDateTime now) {
        claims.markLapsed(customerKeys.of(customer), filingId, now);
    }

    /** A closed filing's customer changed: its keys are recorded for later requests, nothing is claimed. */
    public void indexKeysOnly(String filingId, CustomerIdentity customer) {
        claims.indexCustomer(filingId, customerKeys.of(customer));
    }

    /** Every filing ever made for a customer with any of these keys. */
    public List<String> filingsOf(List<CustomerKey> keys) {
        return claims.filingsWithAnyKey(keys.stream().map(CustomerKey::hash).toList());
    }

    /** Rule D4, deletion: the filing no longer protects, matches or marks its customer. */
    public void forget(String filingId) {
        claims.releaseAll(filingId);
        claims.forgetCustomer(filingId);
    }

    public void reassign(String fromFilingId, String toFilingId) {
        claims.reassign(fromFilingId, toFilingId);
    }

    public void clearLapsed(String filingId) {
        claims.clearLapsed(filingId);
    }

    /**
     * Who holds the key once this filing tried to claim it: this filing, or the one that was first. A
     * holder that let go between our insert and our look-up is no holder: the claim is tried again.
     */
    private String holderAfterClaiming(CustomerKey key, String filingId, OffsetDateTime now) {
        while (true) {
            if (claims.tryClaim(key, filingId, now)) {
                return filingId;
            }
            Optional<String> holder = claims.holderOf(key.hash());
            if (holder.isPresent()) {
                return holder.get();
            }
        }
    }

    /** Hands every key the loser holds to the winner, then claims the winner's own keys. */
    public Optional<ClaimConflict> transfer(String fromFilingId, String toFilingId, String toFiler, CustomerIdentity customer,
                                            OffsetDateTime now) {
        claims.reassign(fromFilingId, toFilingId);
        return claim(toFilingId, toFiler, customer, now);
    }

    /** @return how many keys the filing still held */
    public int release(String filingId) {
        return claims.releaseAll(filingId);
    }

    /** The filings that hold any key of this customer. */
    public List<String> holdersOf(CustomerIdentity customer) {
        return holdersOf(customerKeys.of(customer));
    }

    /** The filings that hold any of the given keys. */
    public List<String> holdersOf(List<CustomerKey> keys) {
        return claims.holdersOf(keys.stream().map(CustomerKey::hash).toList());
    }
}
