package io.baobei.platform.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Groups, their standing authorizations and the Tasklist filters, on every start and in every
 * profile (idempotent). Per-case access is granted by the engine itself: a task's assignee and
 * candidates get {@code TASK_WORK} on that task only (claim and complete, not reassign or write variables:
 * {@code default-user-permission-name-for-task} in application.yaml).
 */
@Component
@Order(1)
public class AccessSetup implements ApplicationRunner {

    static final String FILTER_MY_TASKS = "我的任务";
    static final String FILTER_TO_CLAIM = "待我领取";
    static final String FILTER_GROUP_TASKS = "组任务";

    static final Map<String, String> GROUP_NAMES = Map.of(
            Groups.SALES, "销售人员",
            Groups.CUSTOMER_SERVICE, "客服人员",
            Groups.MARKETING, "市场人员",
            Groups.REGIONAL_MANAGER, "区域经理",
            Groups.SALES_MANAGEMENT, "销售管理部",
            Groups.HR_ADMIN, "人事行政部",
            Groups.FINANCE, "财务部",
            Groups.ANALYST, "规则分析员",
            Groups.CAMUNDA_ADMIN, "系统管理员");

    private static final Map<String, String> REGION_NAMES = Map.of("east", "华东区", "west", "华西区");

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final FilerGroups filerGroups;

    public AccessSetup(IdentityService identityService, AuthorizationService authorizationService,
                       FilterService filterService, TaskService taskService, FilerGroups filerGroups) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.filerGroups = filerGroups;
    }

    @Override
    public void run(ApplicationArguments args) {
        GROUP_NAMES.forEach((id, name) -> ensureGroup(id, name, "WORKFLOW"));
        Groups.REGIONS.forEach(region -> ensureGroup(Groups.ofRegion(region), REGION_NAMES.get(region), "REGION"));
        grantStandingPermissions();
        ensureTaskFilters();
    }

    private void grantStandingPermissions() {
        for (Resource resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        for (String group : Groups.STAFF) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
        }
        for (String filers : filerGroups.groups()) { // rule F1b: who may file, with the same start rights as sales
            grant(filers, Resources.PROCESS_DEFINITION, "customer-filing",
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
            // a collision case is started by the application only (a rep's manual report goes through /api/collisions)
            grant(filers, Resources.PROCESS_DEFINITION, "collision-resolution", ProcessDefinitionPermissions.READ);
            revoke(filers, Resources.PROCESS_DEFINITION, "collision-resolution", ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(filers, Resources.PROCESS_DEFINITION, "assist-commission", ProcessDefinitionPermissions.READ);
            grant(filers, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        for (String group : List.of(Groups.REGIONAL_MANAGER, Groups.SALES_MANAGEMENT)) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        }
        grant(Groups.HR_ADMIN, Resources.PROCESS_DEFINITION, "violation-handling",
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.HR_ADMIN, Resources.PROCESS_DEFINITION, "customer-data-request",
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.HR_ADMIN, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        for (String group : List.of(Groups.SALES_MANAGEMENT, Groups.HR_ADMIN)) {
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        }
        grant(Groups.ANALYST, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.ANALYST, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
        grant(Groups.ANALYST, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(Groups.ANALYST, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }

    private void ensureTaskFilters() {
        ensureFilter(FILTER_MY_TASKS, -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter(FILTER_TO_CLAIM, -5, taskService.createTaskQuery()
                .taskCandidateUserExpression("${currentUser()}").includeAssignedTasks());
        ensureFilter(FILTER_GROUP_TASKS, 0, taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    }

    private void ensureFilter(String name, int priority, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name)
                    .setOwner("admin")
                    .setProperties(Map.of("priority", priority, "refresh", true))
                    .setQuery(query);
            filterService.saveFilter(filter);
        }
        for (String group : Groups.STAFF) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    /** With a read-only identity provider (profile {@code ldap}) the groups come from the directory. */
    private void ensureGroup(String id, String name, String type) {
        if (identityService.isReadOnly()) {
            return;
        }
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    /** Takes back what an earlier version granted (the standing grants only ever add permissions). */
    private void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization != null && authorization.isPermissionGranted(permission)) {
            authorization.removePermission(permission);
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
