package io.baobei.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.collision.Collision;
import io.baobei.collision.CollisionQueryService;
import io.baobei.collision.CollisionCaseService;
import io.baobei.customer.Masking;
import io.baobei.filing.Filing;
import io.baobei.filing.FilingAccess;
import io.baobei.filing.FilingCustomerData;
import io.baobei.filing.FilingQueryService;
import io.baobei.platform.engine.OpenTasks;
import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;

/**
 * The staff page's lists: a user's own filings (as filer, follower or co-owner, rule D1's owners) and, for a
 * regional manager, the region's filings and open collisions (rules D1 and C13 give them those already).
 */
@Service
@Transactional(readOnly = true)
public class CaseLists {

    private final FilingQueryService filings;
    private final CollisionCaseService collisions;
    private final CollisionQueryService collisionAccess;
    private final FilingCustomerData customerData;
    private final FilingAccess access;
    private final StaffDirectory staff;
    private final OpenTasks openTasks;
    private final Clock clock;

    public CaseLists(FilingQueryService filings, CollisionCaseService collisions, CollisionQueryService collisionAccess,
                     FilingCustomerData customerData,
                     FilingAccess access, StaffDirectory staff, OpenTasks openTasks, Clock clock) {
        this.filings = filings;
        this.collisions = collisions;
        this.collisionAccess = collisionAccess;
        this.customerData = customerData;
        this.access = access;
        this.staff = staff;
        this.openTasks = openTasks;
        this.clock = clock;
    }

    public List<FilingItem> mine(Caller caller) {
        return filings.involving(caller.userId()).stream().map(f -> item(caller, f)).toList();
    }

    public List<FilingItem> region(Caller caller) {
        return filings.inRegions(managedRegions(caller)).stream().map(f -> item(caller, f)).toList();
    }

    public List<CollisionItem> openCollisions(Caller caller) {
        return collisions.openInRegions(managedRegions(caller)).stream().map(c -> collision(caller, c)).toList();
    }

    private List<String> managedRegions(Caller caller) {
        if (!caller.isIn(Groups.REGIONAL_MANAGER)) {
            throw new AccessDeniedException("仅区域经理可查看本区域的报备与撞单");
        }
        return staff.regionsWithManagers().stream().filter(region -> staff.isManagerOf(caller.userId(), region)).toList();
    }

    private FilingItem item(Caller caller, Filing f) {
        String customerName = Masking.name(customerData.decrypt(f.customer()).customerName());
        return new FilingItem(f.id(), f.status().name(), f.customerType().name(), customerName, f.region(),
                f.filer(), staff.displayName(f.filer()), f.follower(), f.follower() == null ? null : staff.displayName(f.follower()),
                roles(caller, f), f.filedAt(), f.protectedUntil(), daysLeft(f),
                collisions.ofFiling(f.id()).stream()
                        .filter(c -> collisionAccess.readsWholeCase(c.id(), caller)) // a follower not party to it: not shown
                        .map(c -> collision(caller, c)).toList(),
                openTasks.of(caller.userId(), f.id()).map(CaseTask::of).orElse(null));
    }

    private Long daysLeft(Filing f) {
        if (f.protectedUntil() == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return ChronoUnit.DAYS.between(today, f.protectedUntil().atZoneSameInstant(clock.getZone()).toLocalDate());
    }

    private List<String> roles(Caller caller, Filing f) {
        List<String> roles = new ArrayList<>();
        if (caller.userId().equals(f.filer())) {
            roles.add("FILER");
        }
        if (caller.userId().equals(f.follower())) {
            roles.add("FOLLOWER");
        }
        if (!caller.userId().equals(f.filer()) && access.isOwner(caller, f)) {
            roles.add("CO_OWNER");
        }
        return roles;
    }

    private CollisionItem collision(Caller caller, Collision c) {
        return new CollisionItem(c.id(), c.kind().name(), c.status().name(), c.region(), c.firstFilingId(), c.secondFilingId(),
                name(c.firstRep()), name(c.secondRep()), c.createdAt(),
                openTasks.of(caller.userId(), c.id()).map(CaseTask::of).orElse(null));
    }

    private String name(String userId) {
        return userId == null ? null : staff.displayName(userId);
    }
}
