package io.baobei.platform.dmn;

import java.util.ArrayList;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Decision tables are FEEL only, in the process engine: every deployment is checked
 * ({@link FeelOnlyDeploymentGuard}) and its DMN engine evaluates nothing else ({@link FeelOnlyDmnConfiguration}),
 * with the {@link ParsedOnceFeelEngine}.
 */
@Component
public class FeelOnlyPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(new FeelOnlyDeploymentGuard());

        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.setDmnEngineConfiguration(FeelOnlyDmnConfiguration.restrict(dmn));
        // deployed decisions only: a rule replay's candidate tables are evaluated by Camunda's own FEEL engine
        dmn.setFeelEngineFactory(new ParsedOnceFeelEngine.Factory(dmn));
        // the engine hands these to the DMN engine when it builds it: legacy FEEL is evaluated with JUEL
        configuration.setDmnElProvider(FeelOnlyDmnConfiguration.NO_JUEL);
        configuration.setDmnFeelEnableLegacyBehavior(false);
    }
}
