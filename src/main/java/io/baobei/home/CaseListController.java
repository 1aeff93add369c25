package io.baobei.home;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.platform.security.Caller;
import io.baobei.platform.security.CurrentUser;
import io.baobei.platform.security.StaffDirectory;

/** The staff page's reads: who is signed in, and lists (no new access: each lists only cases its caller may already read). */
@RestController
public class CaseListController {

    private final CaseLists lists;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;

    public CaseListController(CaseLists lists, CurrentUser currentUser, StaffDirectory staff) {
        this.lists = lists;
        this.currentUser = currentUser;
        this.staff = staff;
    }

    /** Only the caller's own name and groups: the page shows the sections the groups' APIs answer. */
    @GetMapping("/api/me")
    public Me me() {
        Caller caller = currentUser.require();
        return new Me(caller.userId(), staff.displayName(caller.userId()), caller.groups());
    }

    @GetMapping("/api/filings/mine")
    public List<FilingItem> mine() {
        return lists.mine(currentUser.require());
    }

    @GetMapping("/api/filings/region")
    public List<FilingItem> region() {
        return lists.region(currentUser.require());
    }

    @GetMapping("/api/collisions/open")
    public List<CollisionItem> openCollisions() {
        return lists.openCollisions(currentUser.require());
    }
}
