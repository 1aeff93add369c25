package io.baobei.platform.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's basic-auth filter, bound to this application's engine rather than looked up by name, so the
 * authenticated user is set on the engine that {@code /api/**} uses even when another engine in the same
 * JVM is also called "default" (several application contexts in one test run).
 */
public class OwnEngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    private final ProcessEngine processEngine;

    public OwnEngineAuthenticationFilter(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
        return processEngine;
    }
}
