package io.baobei.platform.engine;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Camunda's default authorizations, except that the grants for a task's candidates and assignee are not first
 * looked up in the database while the task itself is not there yet: a task created in this command has a new
 * id, so nothing can have been granted on it before. Grants made earlier in the same command are still merged
 * from the entity cache, as Camunda does. Every task the processes open saves two queries (its task and its
 * historic-task grant).
 */
public class NewTaskGrantsWithoutLookup extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId, Resource resource) {
        if (createdInThisCommand(taskId)) {
            return null;
        }
        return super.getGrantAuthorization(taskId, userId, groupId, resource);
    }

    private static boolean createdInThisCommand(String taskId) {
        DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
        TaskEntity task = cache.get(TaskEntity.class, taskId);
        return task != null && cache.isTransient(task);
    }
}
