package io.baobei.filing;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rule X1b: a filing found false — by the approving manager or in the monthly sample review — is void at once:
 * it protects nothing (its claims are released, the customer is free), it cannot be resubmitted, and its
 * process ends. The violation goes to the filer's ledger (here for the approval; the review records its own).
 */
@Service
@Transactional
public class FalseFilings {

    private final FilingRepository filings;
    private final FilingOwnershipService ownership;
    private final ApplicationEventPublisher publisher;

    public FalseFilings(FilingRepository filings, FilingOwnershipService ownership, ApplicationEventPublisher publisher) {
        this.filings = filings;
        this.ownership = ownership;
        this.publisher = publisher;
    }

    /** Found false while approving: the process leaves {@code approve-filing} for its end by itself. */
    public void voidAtApproval(String filingId, String manager, String reason) {
        Filing filing = filings.get(filingId);
        ownership.voidFiling(filingId, manager, "虚假报备（审批核实）：" + reason);
        publisher.publishEvent(new FilingAlerts.FalseFilingMarked(filingId, filing.filer(), manager, reason));
    }

    /** Found false in the monthly review, whatever its status (its process is ended by the caller). */
    public void voidFoundInReview(String filingId, String reviewer, String reason) {
        if (filings.get(filingId).status() != FilingStatus.VOID) {
            ownership.voidFiling(filingId, reviewer, "虚假报备（月度抽查）：" + reason);
        }
    }
}
