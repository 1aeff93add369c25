package io.baobei.platform.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: the authenticated user, or the assignee when the engine is called without one. */
public final class TaskActor {

    private TaskActor() {
    }

    public static String of(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }
}
