package io.baobei.filing;

import org.springframework.stereotype.Component;

import io.baobei.platform.security.Caller;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;

/** Rule D1: the owner, the follower, the region's managers, sales management and administration. */
@Component
public class FilingAccess {

    private final StaffDirectory staff;

    public FilingAccess(StaffDirectory staff) {
        this.staff = staff;
    }

    public boolean mayRead(Caller caller, Filing filing) {
        return caller.userId().equals(filing.filer())
                || caller.userId().equals(filing.follower())
                || caller.isInAny(Groups.SALES_MANAGEMENT, Groups.HR_ADMIN, Groups.CAMUNDA_ADMIN)
                || (caller.isIn(Groups.REGIONAL_MANAGER) && staff.isManagerOf(caller.userId(), filing.region()));
    }
}
