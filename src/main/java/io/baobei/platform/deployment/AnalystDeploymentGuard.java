package io.baobei.platform.deployment;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

import io.baobei.platform.security.Groups;

/**
 * Analysts may deploy decision tables and nothing else (contract): a deployment made by a member of
 * {@code analyst} who is not {@code camunda-admin} may hold only {@code .dmn} files.
 */
public class AnalystDeploymentGuard implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return; // a deployment loaded back into the cache, not one being made now
        }
        CommandContext context = Context.getCommandContext();
        List<String> groups = context.getAuthenticatedGroupIds();
        if (groups == null || !groups.contains(Groups.ANALYST) || groups.contains(Groups.CAMUNDA_ADMIN)) {
            return;
        }
        List<String> refused = deployment.getResources().keySet().stream()
                .filter(name -> !name.toLowerCase().endsWith(".dmn"))
                .sorted()
                .toList();
        if (!refused.isEmpty()) {
            throw new AuthorizationException("Analysts may deploy decision tables (.dmn) only; refused: "
                    + String.join(", ", refused));
        }
    }
}
