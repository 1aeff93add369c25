package io.baobei.filing;

import org.springframework.stereotype.Component;

import io.baobei.platform.security.Caller;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;

/**
 * Rule D1: the owners (the filer, and the co-owners a collision or a help agreement gave a share), the
 * follower, the region's managers, sales management and administration.
 */
@Component
public class FilingAccess {

    private final StaffDirectory staff;
    private final FilingShareRepository shares;

    public FilingAccess(StaffDirectory staff, FilingShareRepository shares) {
        this.staff = staff;
        this.shares = shares;
    }

    public boolean mayRead(Caller caller, Filing filing) {
        return isOwner(caller, filing)
                || caller.userId().equals(filing.follower())
                || caller.isInAny(Groups.SALES_MANAGEMENT, Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN)
                || (caller.isIn(Groups.REGIONAL_MANAGER) && staff.isManagerOf(caller.userId(), filing.region()));
    }

    /** The filer, or a co-owner holding a share of the customer. */
    public boolean isOwner(Caller caller, Filing filing) {
        return caller.userId().equals(filing.filer()) || shares.holdsShare(filing.id(), caller.userId());
    }
}
