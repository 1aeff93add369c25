package io.baobei.filing;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;

/**
 * Who may decide on a filing, from the filing row and the staff directory, never from a process variable:
 * the BPMN names candidates and assignees through this bean (given the business key, which is the filing
 * id), and the services that apply a decision ask it again with the caller's identity.
 */
@Component("filingAuthority")
public class FilingAuthority {

    private final FilingRepository filings;
    private final StaffDirectory staff;

    public FilingAuthority(FilingRepository filings, StaffDirectory staff) {
        this.filings = filings;
        this.staff = staff;
    }

    /** Candidate users of the region manager's tasks: the managers of the filing's region, comma-separated. */
    public String regionManagers(String filingId) {
        return String.join(",", managersOf(filingId));
    }

    public List<String> managersOf(String filingId) {
        return staff.managersOf(filings.get(filingId).region());
    }

    /** Who acts for the filer: the filer, or the manager holding a dismissed or suspended filer's filing (X11). */
    public String filer(String filingId) {
        return filings.handedOverTo(filingId).orElseGet(() -> filings.get(filingId).filer());
    }

    public String follower(String filingId) {
        return filings.get(filingId).follower();
    }

    /** {@code approve-filing}, {@code assign-follower}, {@code handle-missed-contact}, {@code confirm-assist-split}. */
    public void requireRegionManager(String filingId, String actor) {
        if (actor == null || !managersOf(filingId).contains(actor)) {
            throw new AccessDeniedException(actor + " 不是报备 " + filingId + " 所在区域的经理，不能作此决定");
        }
    }

    public void requireApprover(String filingId, ApprovalLevel level, String actor) {
        if (level == ApprovalLevel.SALES_MANAGEMENT) {
            if (!staff.isMember(actor, Groups.SALES_MANAGEMENT)) {
                throw new AccessDeniedException(actor + " 不是销售管理部成员，不能复核报备 " + filingId);
            }
        } else {
            requireRegionManager(filingId, actor);
        }
    }

    /**
     * {@code revise-filing}: the filer of record, or the manager a dismissed or suspended filer's filing was handed
     * to (X11).
     */
    public void requireFiler(String filingId, String actor) {
        if (actor == null || !(actor.equals(filings.get(filingId).filer()) || actor.equals(filer(filingId)))) {
            throw new AccessDeniedException(actor + " 不是报备 " + filingId + " 的报备人");
        }
    }

    /** {@code follow-up}, {@code report-contract}: the filing's follower as the table has it. */
    public void requireFollower(String filingId, String actor) {
        if (actor == null || !Objects.equals(actor, follower(filingId))) {
            throw new AccessDeniedException(actor + " 不是报备 " + filingId + " 的跟进人");
        }
    }
}
