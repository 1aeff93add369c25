package io.baobei.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.springframework.stereotype.Component;

/**
 * Lets the test engine report each flow node and sequence flow it walks; only a {@link ProcessTest} records
 * them. A bean of the shared test context (found by the application's component scan on the test classpath),
 * so it adds no engine and no context of its own.
 */
@Component
class ProcessCoveragePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        ElementCoverageParseListener library = configuration.getCustomPostBPMNParseListeners().stream()
                .filter(ElementCoverageParseListener.class::isInstance).map(ElementCoverageParseListener.class::cast)
                .findFirst().orElseThrow();
        configuration.getCustomPostBPMNParseListeners().add(new ProcessCoverageGate(library));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        new ProcessEngineAdapter(engine, ProcessCoverage.OUTSIDE_PROCESS_TESTS).initializeListeners();
    }
}
