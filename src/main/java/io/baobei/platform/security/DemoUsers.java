package io.baobei.platform.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The contract's demo users (profile {@code demo}, on by default with the embedded H2 database). */
@Component
@Profile("demo")
@Order(2)
public class DemoUsers implements ApplicationRunner {

    public static final String PASSWORD = "Demo#2026pw";

    /**
     * The whole name in Chinese order goes into the first name: Camunda's webapps show "first last", which
     * would read "小明 王"; {@link StaffDirectory#displayName} joins last and first, giving 王小明 either way.
     */
    private record DemoUser(String id, String name, List<String> groups) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("rep1", "王小明", List.of(Groups.SALES, Groups.ofRegion("east"))),
            new DemoUser("rep2", "李娜", List.of(Groups.SALES, Groups.ofRegion("east"))),
            new DemoUser("rep3", "张伟", List.of(Groups.SALES, Groups.ofRegion("west"))),
            new DemoUser("service1", "钱客服", List.of(Groups.CUSTOMER_SERVICE, Groups.ofRegion("east"))),
            new DemoUser("marketing1", "郑市场", List.of(Groups.MARKETING, Groups.ofRegion("west"))),
            new DemoUser("manager1", "陈经理", List.of(Groups.REGIONAL_MANAGER, Groups.ofRegion("east"))),
            new DemoUser("manager2", "刘经理", List.of(Groups.REGIONAL_MANAGER, Groups.ofRegion("west"))),
            new DemoUser("salesmgmt1", "赵管理", List.of(Groups.SALES_MANAGEMENT)),
            new DemoUser("hr1", "孙人事", List.of(Groups.HR_ADMIN)),
            new DemoUser("finance1", "周财务", List.of(Groups.FINANCE)),
            new DemoUser("analyst1", "吴分析", List.of(Groups.ANALYST)),
            new DemoUser("admin", "系统管理员", List.of(Groups.CAMUNDA_ADMIN)));

    private final IdentityService identityService;

    public DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.isReadOnly()) {
            // a directory (profile ldap) holds the users; demo users cannot be written there
            return;
        }
        USERS.forEach(this::ensure);
    }

    private void ensure(DemoUser demo) {
        User existing = identityService.createUserQuery().userId(demo.id()).singleResult();
        if (existing != null) {
            inChineseOrder(existing, demo);
            return;
        }
        User user = identityService.newUser(demo.id());
        user.setLastName("");
        user.setFirstName(demo.name());
        user.setEmail(demo.id() + "@demo.baobei.local");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        demo.groups().forEach(group -> identityService.createMembership(demo.id(), group));
    }

    /** Demo users stored before the names were kept in Chinese order. */
    private void inChineseOrder(User user, DemoUser demo) {
        if (demo.name().equals(user.getFirstName())) {
            return;
        }
        user.setFirstName(demo.name());
        user.setLastName("");
        identityService.saveUser(user);
    }
}
