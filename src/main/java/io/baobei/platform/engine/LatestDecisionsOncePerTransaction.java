package io.baobei.platform.engine;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.CacheFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;

import io.baobei.platform.transaction.TransactionMemo;

/**
 * The deployment cache, asking the database for the latest version of the decision tables once per transaction
 * instead of once per table. A business rule task bound to {@code latest} (analysts' changes apply without a
 * redeploy) makes Camunda look up the table's latest version on every evaluation; a filing evaluates three tables,
 * so it asked three times. Now the first evaluation in a transaction reads the latest version of every table
 * in one query, and the others take theirs from that answer. A deployment, or a deployment removed, in the same
 * transaction makes it ask again; tables of a tenant (this application defines none) are looked up as before.
 */
class LatestDecisionsOncePerTransaction extends DeploymentCache {

    /** Definitions of each kind the cache holds, Camunda's default (the application configures no other). */
    static final int ENGINE_DEFAULT_CAPACITY = 1000;

    private final TransactionMemo memo = new TransactionMemo();

    LatestDecisionsOncePerTransaction(CacheFactory factory, int capacity) {
        super(factory, capacity);
    }

    @Override
    public DecisionDefinition findDeployedLatestDecisionDefinitionByKeyAndTenantId(String key, String tenantId) {
        CommandContext commandContext = Context.getCommandContext();
        DecisionDefinitionEntity latest = tenantId == null && commandContext != null
                ? latestWithoutTenant(commandContext).get(key)
                : null;
        if (latest == null) { // a tenant's table, or none of that key: Camunda's own look-up, and its error
            return super.findDeployedLatestDecisionDefinitionByKeyAndTenantId(key, tenantId);
        }
        return decisionDefinitionCache.resolveDefinition(latest);
    }

    private Map<String, DecisionDefinitionEntity> latestWithoutTenant(CommandContext commandContext) {
        return memo.answer("latest decision definitions", () -> commandContext.runWithoutAuthorization(() -> {
            DecisionDefinitionQueryImpl query = new DecisionDefinitionQueryImpl();
            query.latestVersion().withoutTenantId();
            return query.executeList(commandContext, null).stream()
                    .map(DecisionDefinitionEntity.class::cast)
                    .collect(Collectors.toMap(DecisionDefinition::getKey, Function.identity()));
        }));
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        super.deploy(deployment);
        memo.forget();
    }

    @Override
    public void removeDeployment(String deploymentId) {
        super.removeDeployment(deploymentId);
        memo.forget();
    }
}
