package io.baobei.filing;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.customer.CustomerIdentity;

/**
 * Rule F8: protection runs from the filing; a deposit extends it to the deposit period counted from
 * the filing; when it lapses the filing becomes invalid and the customer is released.
 */
@Service
@Transactional
public class ProtectionService {

    private final FilingRepository filings;
    private final FilingEventRepository events;
    private final CustomerProtection protection;
    private final FilingCustomerData customerData;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public ProtectionService(FilingRepository filings, FilingEventRepository events, CustomerProtection protection,
                             FilingCustomerData customerData, ApplicationEventPublisher publisher, Clock clock) {
        this.filings = filings;
        this.events = events;
        this.protection = protection;
        this.customerData = customerData;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Protection from the filing time for the days the {@code protection-period} decision gives its stage. */
    public OffsetDateTime start(String filingId, int protectionDays) {
        Filing filing = filings.get(filingId);
        OffsetDateTime until = filing.filedAt().plusDays(protectionDays);
        filings.protect(filingId, filing.customerStage(), until, OffsetDateTime.now(clock));
        return until;
    }

    /** A deposit: protection until filing time + the deposit period; never shortened. */
    public OffsetDateTime recordDeposit(String filingId, String actor, int depositProtectionDays) {
        Filing filing = filings.get(filingId);
        OffsetDateTime extended = filing.filedAt().plusDays(depositProtectionDays);
        OffsetDateTime until = extended.isAfter(filing.protectedUntil()) ? extended : filing.protectedUntil();
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.protect(filingId, CustomerStage.DEPOSIT, until, now);
        events.record(filingId, FilingEventType.PROTECTION_EXTENDED, actor, now, "stage=DEPOSIT, protectedUntil=" + until);
        return until;
    }

    /** Rule F8: lapsed and released; if its rep was still following, another rep's filing lets the customer choose. */
    /** Rule F8: protection ran out; the filing is lapsed (also when a new filing lapsed it first, F8b). */
    public FilingStatus lapse(String filingId) {
        Filing filing = filings.get(filingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!filings.closeProtecting(filingId, FilingStatus.LAPSED, now)) {
            return FilingStatus.LAPSED; // lapsed already, when a new filing took over the expired customer (F8b)
        }
        protection.release(filingId);
        boolean stillFollowing = filing.status() == FilingStatus.FOLLOWING;
        if (stillFollowing) {
            protection.markLapsed(filingId, customerData.identity(filing), now);
        }
        events.record(filingId, FilingEventType.LAPSED, null, now, stillFollowing ? "follower=" + filing.follower() : null);
        return FilingStatus.LAPSED;
    }

    /** Rule F8b: protection runs out soon; its holders are warned while the filing still protects. */
    public void warnBeforeLapse(String filingId) {
        Filing filing = filings.get(filingId);
        if (filing.status().protects()) {
            publisher.publishEvent(new FilingAlerts.ProtectionEnding(filingId, filing.filer(), filing.follower(), filing.protectedUntil()));
        }
    }

    /** The end of the existing-customer period after a signed contract. */
    public void releaseRetainedCustomer(String filingId) {
        if (protection.release(filingId) > 0) {
            events.record(filingId, FilingEventType.CUSTOMER_RELEASED, null, OffsetDateTime.now(clock), null);
        }
    }

    /**
     * Rule F8b: a filing whose protection of this customer has run out protects nothing, even while its
     * lapse (or the release of an existing customer) still waits in the job queue. Before a new filing
     * claims the customer, such a holder is lapsed or released here; its timer later finds it done.
     */
    public void releaseExpired(CustomerIdentity customer, OffsetDateTime now) {
        for (String holderId : protection.holdersOf(customer)) {
            Filing holder = filings.get(holderId);
            if (!CustomerLookupService.protectsAt(holder, now)) {
                if (holder.status() == FilingStatus.ARCHIVED) {
                    releaseRetainedCustomer(holderId);
                } else {
                    lapse(holderId);
                }
            }
        }
    }
}
