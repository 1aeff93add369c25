package io.baobei.filing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.security.CaseAccess;

/**
 * What a collision outcome does to filings: one takes the customer over, one is voided or withdrawn,
 * or the customer is shared with a commission split (rules C5–C9).
 */
@Service
@Transactional
public class FilingOwnershipService {

    private final FilingRepository filings;
    private final FilingEventRepository events;
    private final FilingShareRepository shares;
    private final CustomerProtection protection;
    private final FilingCustomerData customerData;
    private final CaseAccess caseAccess;
    private final Clock clock;

    public FilingOwnershipService(FilingRepository filings, FilingEventRepository events, FilingShareRepository shares,
                                  CustomerProtection protection, FilingCustomerData customerData, CaseAccess caseAccess,
                                  Clock clock) {
        this.filings = filings;
        this.events = events;
        this.shares = shares;
        this.protection = protection;
        this.customerData = customerData;
        this.caseAccess = caseAccess;
        this.clock = clock;
    }

    /** The filing is invalid (无效报备): voided by arbitration or by a quarrel before the customer (C9). */
    public void voidFiling(String filingId, String actor, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.close(filingId, FilingStatus.VOID, null, now);
        protection.release(filingId);
        events.record(filingId, FilingEventType.VOIDED, actor, now, reason);
    }

    /** The rep gave the customer up by agreement, or their filing was merged into the other one. */
    public void withdrawInFavourOf(String filingId, String otherFilingId, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        filings.close(filingId, FilingStatus.WITHDRAWN, null, now);
        protection.release(filingId);
        events.record(filingId, FilingEventType.WITHDRAWN, actor, now, "inFavourOf=" + otherFilingId);
    }

    /**
     * The later filing wins: it takes over the earlier one's claims; one that was waiting in collision
     * starts its own protection.
     */
    public void takeOver(String winnerFilingId, String loserFilingId, String actor) {
        Filing winner = filings.get(winnerFilingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        protection.transfer(loserFilingId, winnerFilingId, winner.filer(), customerData.identity(winner), now).ifPresent(third -> {
            throw new IllegalStateException("Filing " + winnerFilingId + " cannot take over: filing "
                    + third.holderFilingId() + " protects the customer too");
        });
        if (winner.status() == FilingStatus.IN_COLLISION) {
            filings.updateStatus(winnerFilingId, FilingStatus.PENDING_APPROVAL, now);
        }
        events.record(winnerFilingId, FilingEventType.CUSTOMER_TAKEN_OVER, actor, now, "from=" + loserFilingId);
    }

    /**
     * The customer belongs to several reps, each with a share of the commission; the co-owners see the case
     * as the filer does.
     */
    public void share(String filingId, List<OwnerShare> owners, String basis, String basisId, String actor) {
        shares.replace(filingId, owners, basis, basisId);
        String processInstanceId = filings.get(filingId).processInstanceId();
        if (processInstanceId != null) {
            caseAccess.grantRead(processInstanceId, owners.stream().filter(o -> o.sharePercent() > 0).map(OwnerShare::rep).toList());
        }
        events.record(filingId, FilingEventType.OWNERSHIP_SHARED, actor, OffsetDateTime.now(clock),
                owners.stream().map(o -> o.rep() + "=" + o.sharePercent() + "%").toList().toString());
    }

    /**
     * Rule F8, the customer chose the rep whose filing lapsed while they were still following: that filing
     * takes the other one's claims back and is protected anew from now.
     */
    public void reinstate(String filingId, String fromFilingId, int protectionDays, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        protection.clearLapsed(filingId);
        protection.reassign(fromFilingId, filingId);
        filings.reinstate(filingId, now.plusDays(protectionDays), now);
        events.record(filingId, FilingEventType.REINSTATED, actor, now, "customerChose, from=" + fromFilingId);
    }

    /** Rule F8, the customer chose the new rep: the lapsed filing no longer stands in the way. */
    public void forgetLapsed(String filingId) {
        protection.clearLapsed(filingId);
    }

    public void recordCollisionReport(String filingId, String reporter, String collisionId) {
        events.record(filingId, FilingEventType.COLLISION_REPORTED, reporter, OffsetDateTime.now(clock), "collision=" + collisionId);
    }

    /** The owners and their commission shares: the filer alone unless a collision or help agreement split it. */
    public List<OwnerShare> ownersOf(String filingId) {
        List<OwnerShare> split = shares.of(filingId);
        return split.isEmpty() ? List.of(new OwnerShare(filings.get(filingId).filer(), 100)) : split;
    }

    /** What split the customer, if anything did: a collision or a help agreement. */
    public Optional<ShareBasis> shareBasis(String filingId) {
        return shares.basisOf(filingId);
    }
}
