package io.baobei.platform.security;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's basic-auth filter, bound to this application's engine rather than looked up by name, so the
 * authenticated user is set on the engine that {@code /api/**} uses even when another engine in the same
 * JVM is also called "default" (several application contexts in one test run). Keeps the groups it read for the
 * request at hand ({@link RequestGroups}).
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

    @Override
    protected void setAuthenticatedUser(ProcessEngine engine, String userId, List<String> groupIds, List<String> tenantIds) {
        super.setAuthenticatedUser(engine, userId, groupIds, tenantIds);
        RequestGroups.set(userId, engine.getIdentityService().getCurrentAuthentication().getGroupIds());
    }

    @Override
    protected void clearAuthentication(ProcessEngine engine) {
        RequestGroups.clear();
        super.clearAuthentication(engine);
    }
}
