package io.baobei.platform.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
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
    private final CommandExecutor commands;

    public CaseAccess(AuthorizationService authorizationService, WithoutAuthorization withoutAuthorization,
                      ProcessEngineConfiguration configuration) {
        this.authorizationService = authorizationService;
        this.withoutAuthorization = withoutAuthorization;
        this.commands = ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired();
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
        commands.execute(context -> {
            String root = context.getExecutionManager().findExecutionById(processInstanceId).getRootProcessInstanceId();
            users.stream().distinct().forEach(user -> {
                context.getDbEntityManager().insert(newGrant(user, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ));
                AuthorizationEntity history = newGrant(user, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                        HistoricProcessInstancePermissions.READ);
                history.setRootProcessInstanceId(root);
                context.getDbEntityManager().insert(history);
            });
            return null;
        });
    }

    private static AuthorizationEntity newGrant(String user, Resources resource, String resourceId, Permission permission) {
        AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        return grant;
    }

    private void grant(String user, String processInstanceId) {
        Authorization instance = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        instance.setUserId(user);
        instance.setResource(Resources.PROCESS_INSTANCE);
        instance.setResourceId(processInstanceId);
        instance.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(instance);
        Authorization history = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        history.setUserId(user);
        history.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
        history.setResourceId(processInstanceId);
        history.addPermission(HistoricProcessInstancePermissions.READ);
        authorizationService.saveAuthorization(history);
    }
}
