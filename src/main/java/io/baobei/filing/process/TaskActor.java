package io.baobei.filing.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: the authenticated user, or the assignee when the engine is called without one. */
final class TaskActor {

    private TaskActor() {
    }

    static String of(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }

    static String filingId(DelegateTask task) {
        return (String) task.getVariable(FilingVariables.FILING_ID);
    }
}
