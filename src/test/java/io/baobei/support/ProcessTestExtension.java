package io.baobei.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** The setup every {@link ProcessTest} shares: assertions bound to the engine, a fixed clock, coverage recorded. */
class ProcessTestExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        ProcessCoverage.startSuite(engine(context), context.getRequiredTestClass());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(engine(context));
        EngineActions.setClock(EngineActions.NOW);
        ProcessCoverage.startRun(context.getRequiredTestMethod().getName());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ProcessCoverage.endSuite(engine(context));
    }

    private static ProcessEngine engine(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
    }
}
