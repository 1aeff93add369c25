package io.baobei.collision;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.customer.CustomerDataCipher;
import io.baobei.filing.FilingQueryService;
import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;

@Service
@Transactional(readOnly = true)
public class CollisionQueryService {

    private final CollisionCaseService collisions;
    private final CollisionRepository records;
    private final FilingQueryService filings;
    private final StaffDirectory staff;
    private final CustomerDataCipher cipher;

    public CollisionQueryService(CollisionCaseService collisions, CollisionRepository records, FilingQueryService filings,
                                 StaffDirectory staff, CustomerDataCipher cipher) {
        this.collisions = collisions;
        this.records = records;
        this.filings = filings;
        this.staff = staff;
        this.cipher = cipher;
    }

    public CollisionView view(String collisionId, Caller caller) {
        Collision c = collisions.get(collisionId);
        if (!mayRead(caller, c)) {
            throw new AccessDeniedException("无权查看此撞单：仅涉及的销售、其区域经理、销售管理部和行政可查看");
        }
        return new CollisionView(c, cipher.decrypt(records.reportStatement(collisionId)),
                collisions.proposals(collisionId).stream()
                        .map(p -> new CollisionView.ProposalView(p.rep(), p.proposal(), p.splitFirstPercent(),
                                cipher.decrypt(p.statementEnc()), p.submittedAt()))
                        .toList(),
                collisions.timeline(collisionId));
    }

    /** Whether the caller reads the whole case, statements included (rule D1). */
    public boolean readsWholeCase(String collisionId, Caller caller) {
        return mayRead(caller, collisions.get(collisionId));
    }

    /** Rule C13: finance opens a case's outcome and shares, not the customer data. */
    public CollisionOutcome outcome(String collisionId, Caller caller) {
        Collision c = collisions.get(collisionId);
        if (!caller.isIn(Groups.FINANCE)) {
            throw new AccessDeniedException("无权查看此撞单：仅涉及的销售、其区域经理、销售管理部和行政可查看，财务部可查看处理结果");
        }
        return new CollisionOutcome(c.id(), c.kind(), c.status(), c.firstFilingId(), c.secondFilingId(), rep(c.firstRep()),
                rep(c.secondRep()), c.resolution(), c.resolvedBy(), c.shareFirst(), c.shareSecond(), c.recommendedOwner(),
                c.recommendationReason(), c.decidedBy() == null ? null : rep(c.decidedBy()), c.decisionReason(),
                c.resolvedAt(), collisions.proposals(collisionId).stream()
                        .map(p -> new CollisionOutcome.ProposalMade(p.rep(), p.proposal(), p.splitFirstPercent(), p.submittedAt()))
                        .toList());
    }

    private CollisionOutcome.Rep rep(String userId) {
        return new CollisionOutcome.Rep(userId, staff.displayName(userId));
    }

    private boolean mayRead(Caller caller, Collision c) {
        if (c.involves(caller.userId()) || caller.isInAny(Groups.SALES_MANAGEMENT, Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN)) {
            return true;
        }
        boolean managerOfFirst = staff.isManagerOf(caller.userId(), c.region());
        boolean managerOfSecond = c.secondFilingId() != null
                && staff.isManagerOf(caller.userId(), filings.get(c.secondFilingId()).region());
        return caller.isIn(Groups.REGIONAL_MANAGER) && (managerOfFirst || managerOfSecond);
    }
}
