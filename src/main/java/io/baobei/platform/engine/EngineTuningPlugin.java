package io.baobei.platform.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DefaultCacheFactory;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * Registers the engine parts tuned for the filing load (docs/benchmarks.md): the history level
 * {@link FullHistoryWithoutBookkeeping} (chosen by {@code camunda.bpm.history-level}), the
 * {@link UnfilteredGroupsAuthorizationManager}, {@link NewTaskGrantsWithoutLookup}, {@link IdCheckWithoutMessage},
 * {@link TransientObjectsUnserialized}, {@link LatestDecisionsOncePerTransaction}, {@link JobDefinitionPrefetch} and
 * {@link DatatypeFactoryWithoutLookup}; moves a database created at an earlier level to the new one
 * ({@link StoredHistoryLevelUpgrade}); parses the latest processes before the node takes requests
 * ({@link DeploymentCacheWarmUp}).
 */
@Component
public class EngineTuningPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new FullHistoryWithoutBookkeeping());
        configuration.setCustomHistoryLevels(levels);

        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new UnfilteredGroupsAuthorizationManager.Factory());
        factories.add(new IdCheckWithoutMessage.Factory());
        configuration.setCustomSessionFactories(factories);
        configuration.setResourceAuthorizationProvider(new NewTaskGrantsWithoutLookup());
        configuration.setDeploymentCache(new LatestDecisionsOncePerTransaction(new DefaultCacheFactory(),
                LatestDecisionsOncePerTransaction.ENGINE_DEFAULT_CAPACITY));

        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
        serializers.add(new TransientObjectsUnserialized());
        configuration.setCustomPreVariableSerializers(serializers);

        List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        parseListeners.add(new JobDefinitionPrefetch());
        configuration.setCustomPreBPMNParseListeners(parseListeners);

        DatatypeFactoryWithoutLookup.install();
    }

    /** After {@code ModelDeploymentPlugin} (registered before this plugin) deployed what changed. */
    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        DeploymentCacheWarmUp.loadLatestProcesses(processEngine);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // the engine hands its deployers only to a deployment cache it made itself
        configuration.getDeploymentCache().setDeployers(configuration.getDeployers());
        if (configuration.getHistoryLevel() instanceof FullHistoryWithoutBookkeeping level) {
            StoredHistoryLevelUpgrade.fromEarlierLevels(configuration.getDataSource(), level);
        }
    }
}
