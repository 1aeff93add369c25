package io.baobei.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import io.baobei.platform.transaction.TransactionMemo;

/**
 * Who works where: a region is a Camunda group ({@code region-east}); its managers are the members
 * who are also in {@code regional-manager}, its reps the members who are also in {@code sales}.
 */
@Component
public class StaffDirectory {

    private final IdentityService identityService;
    private final WithoutAuthorization withoutAuthorization;
    private final TransactionMemo memo = new TransactionMemo();

    public StaffDirectory(IdentityService identityService, WithoutAuthorization withoutAuthorization) {
        this.identityService = identityService;
        this.withoutAuthorization = withoutAuthorization;
    }

    /** One of the company's regions ({@link Groups#REGIONS}; {@link AccessSetup} creates their groups). */
    public boolean isRegion(String region) {
        return Groups.REGIONS.contains(region);
    }

    /** The regions that have a manager, e.g. for a review task per region. */
    public List<String> regionsWithManagers() {
        return Groups.REGIONS.stream().filter(region -> !managersOf(region).isEmpty()).toList();
    }

    public List<String> managersOf(String region) {
        return membersOfBoth(Groups.ofRegion(region), Groups.REGIONAL_MANAGER);
    }

    public List<String> repsOf(String region) {
        return membersOfBoth(Groups.ofRegion(region), Groups.SALES);
    }

    public List<String> membersOf(String group) {
        return withoutAuthorization.call(() -> identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc()
                .list().stream().map(User::getId).toList());
    }

    public boolean isManagerOf(String userId, String region) {
        return managersOf(region).contains(userId);
    }

    /** Whether {@code manager} manages a region {@code rep} belongs to (who takes over a dismissed rep's work). */
    public boolean isManagerOfRep(String manager, String rep) {
        return Groups.REGIONS.stream().anyMatch(region -> isManagerOf(manager, region)
                && membersOf(Groups.ofRegion(region)).contains(rep));
    }

    public boolean isMember(String userId, String group) {
        return userId != null && withoutAuthorization.call(() ->
                identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 1);
    }

    /** Refuses the decision unless {@code userId} is in {@code group}; {@code decision} names it for the message. */
    public void requireMember(String userId, String group, String decision) {
        if (!isMember(userId, group)) {
            throw new AccessDeniedException(userId + " 无权" + decision + "：仅 " + group + " 可以");
        }
    }

    public boolean isRep(String userId) {
        return withoutAuthorization.call(() ->
                identityService.createUserQuery().userId(userId).memberOfGroup(Groups.SALES).count() == 1);
    }

    public Optional<String> email(String userId) {
        User user = withoutAuthorization.call(() -> identityService.createUserQuery().userId(userId).singleResult());
        return Optional.ofNullable(user).map(User::getEmail).filter(email -> !email.isBlank());
    }

    /** "王小明"; the user id when the user has no name. */
    public String displayName(String userId) {
        User user = withoutAuthorization.call(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = (nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName())).trim();
        return name.isEmpty() ? userId : name;
    }

    private List<String> membersOfBoth(String group, String otherGroup) {
        return memo.answer(group + " & " + otherGroup, () -> withoutAuthorization.call(() -> {
            Set<String> inOther = identityService.createUserQuery().memberOfGroup(otherGroup).list().stream()
                    .map(User::getId)
                    .collect(Collectors.toSet());
            return identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
                    .map(User::getId)
                    .filter(inOther::contains)
                    .toList();
        }));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
