package io.baobei.platform.security;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rule F1b: the groups whose members may file a customer ({@code filing.filer-groups}; sales, customer
 * service and marketing by default). They get the filing start rights; anyone else is refused with the reason.
 */
@Component
public class FilerGroups {

    private final List<String> groups;
    private final IdentityService identityService;
    private final WithoutAuthorization withoutAuthorization;

    public FilerGroups(@Value("${filing.filer-groups:sales,customer-service,marketing}") List<String> groups,
                       IdentityService identityService, WithoutAuthorization withoutAuthorization) {
        this.groups = groups.stream().map(String::trim).filter(group -> !group.isEmpty()).toList();
        if (this.groups.isEmpty()) {
            throw new IllegalArgumentException("filing.filer-groups must name at least one group");
        }
        this.identityService = identityService;
        this.withoutAuthorization = withoutAuthorization;
    }

    public List<String> groups() {
        return groups;
    }

    /**
     * Asks for the user's groups rather than for the members of each filer group: the directory (LDAP) provider
     * answers a member query on a group it does not hold with the user anyway. For the caller of a basic-auth request,
     * the groups read for this request ({@link RequestGroups}); a Tasklist session's groups are a copy cached for
     * minutes, so there a rep just taken out of sales is asked about afresh.
     */
    public boolean mayFile(String userId) {
        return userId != null && groupsOf(userId).stream().anyMatch(groups::contains);
    }

    private List<String> groupsOf(String userId) {
        return RequestGroups.of(userId).orElseGet(() -> withoutAuthorization.call(() -> identityService.createGroupQuery()
                .groupMember(userId).list().stream().map(Group::getId).toList()));
    }

    /** "销售人员、客服人员、市场人员": the groups as people read them. */
    public String labels() {
        return String.join("、", groups.stream()
                .map(group -> Objects.requireNonNullElse(AccessSetup.GROUP_NAMES.get(group), group)).toList());
    }
}
