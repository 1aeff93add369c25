package io.baobei.platform.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Opens one case (a process instance and its history) to the people who may see it (rule D1): the engine
 * then shows it to them in Cockpit, Tasklist and the REST API, and to nobody else. Sales management and
 * administration read every case through their standing permissions (see {@link AccessSetup}).
 */
@Component
public class CaseAccess {

    private final AuthorizationService authorizationService;
    private final WithoutAuthorization withoutAuthorization;

    public CaseAccess(AuthorizationService authorizationService, WithoutAuthorization withoutAuthorization) {
        this.authorizationService = authorizationService;
        this.withoutAuthorization = withoutAuthorization;
    }

    public void grantRead(String processInstanceId, Collection<String> users) {
        withoutAuthorization.run(() -> {
            Set<String> granted = authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
                    .resourceId(processInstanceId).list().stream().map(Authorization::getUserId).collect(Collectors.toSet());
            users.stream().distinct().filter(user -> !granted.contains(user)).forEach(user -> grant(user, processInstanceId));
        });
    }

    /**
     * As {@link #grantRead}, for a case started in this transaction: nobody has been granted anything on it yet, so
     * the grants are inserted as they are. Camunda's save would also look up the case's history for a removal time
     * (this application removes history by end time, docs/operations.md) and log each grant in the operation log
     * as the filer's own doing, which it is not.
     */
    public void grantReadOnNewCase(String processInstanceId, Collection<String> users) {
        withoutAuthorization.run(() -> {
            CommandContext context = Context.getCommandContext();
            String root = context.getExecutionManager().findExecutionById(processInstanceId).getRootProcessInstanceId();
            users.stream().distinct().forEach(user -> {
                context.getDbEntityManager().insert(instanceGrant(user, processInstanceId));
                AuthorizationEntity history = historyGrant(user, processInstanceId);
                history.setRootProcessInstanceId(root);
                context.getDbEntityManager().insert(history);
            });
        });
    }

    private void grant(String user, String processInstanceId) {
        authorizationService.saveAuthorization(instanceGrant(user, processInstanceId));
        authorizationService.saveAuthorization(historyGrant(user, processInstanceId));
    }

    private static AuthorizationEntity instanceGrant(String user, String processInstanceId) {
        return readGrant(user, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    }

    private static AuthorizationEntity historyGrant(String user, String processInstanceId) {
        return readGrant(user, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
    }

    private static AuthorizationEntity readGrant(String user, Resources resource, String resourceId, Permission read) {
        AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(read);
        return grant;
    }
}
