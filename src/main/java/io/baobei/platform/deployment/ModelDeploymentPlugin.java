package io.baobei.platform.deployment;

import java.util.ArrayList;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.stereotype.Component;

/**
 * Installs the staff deployment guard and deploys the classpath models once the engine is built.
 * Depending on {@link FlywayMigrationInitializer} makes the business tables exist before the engine
 * creates its own (Flyway refuses a non-empty schema it does not know).
 */
@Component
public class ModelDeploymentPlugin extends AbstractProcessEnginePlugin {

    public ModelDeploymentPlugin(FlywayMigrationInitializer flywayMigrated) {
        // the parameter only orders bean creation
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(new StaffDeploymentGuard());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        new ModelDeployer(processEngine.getRepositoryService()).deploy(new ClasspathModels().load());
    }
}
