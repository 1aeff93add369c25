package io.baobei.platform.deployment;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * Staff deploy decision tables and nothing else: processes, forms and scripts come from the application.
 * A deployment made for a person (engine REST, the webapps' API, the rules page: every HTTP door
 * authenticates its caller) may hold only {@code .dmn} files, administrators included, and no tenant id. The application's
 * own deployment ({@link ModelDeployer}, at start-up) runs with no authenticated user, which no HTTP
 * caller can bring about: the engine REST filter refuses a request without valid credentials.
 */
public class StaffDeploymentGuard implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return; // a deployment loaded back into the cache, not one being made now
        }
        String user = Context.getCommandContext().getAuthenticatedUserId();
        if (user == null) {
            return;
        }
        List<String> refused = deployment.getResources().keySet().stream()
                .filter(name -> !name.toLowerCase().endsWith(".dmn"))
                .sorted()
                .toList();
        if (!refused.isEmpty()) {
            throw new AuthorizationException("Staff may deploy decision tables (.dmn) only, processes and forms come "
                    + "with the application; refused for " + user + ": " + String.join(", ", refused));
        }
        if (deployment.getTenantId() != null) {
            // the application defines no tenants: a table under one would be a version nobody sees or uses
            throw new AuthorizationException("This application has no tenants; refused for " + user + ": a deployment for tenant "
                    + deployment.getTenantId());
        }
    }
}
