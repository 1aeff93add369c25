package io.baobei.platform.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks with the caller's groups passed through as they are. The engine
 * first narrows them to the groups that have any authorization at all, with
 * {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}, once per command: a scan of the whole
 * table, which grows by six per-case rows with every filing (camunda-bpm-platform issue 5485). A user
 * here belongs to a handful of groups, and a group without authorizations matches none in the checks
 * that follow, so the result is the same without the scan.
 */
public class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        return authenticatedGroupIds == null ? List.of() : authenticatedGroupIds;
    }

    /** Opens this manager wherever the engine asks for an {@link AuthorizationManager}. */
    public static class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new UnfilteredGroupsAuthorizationManager();
        }
    }
}
