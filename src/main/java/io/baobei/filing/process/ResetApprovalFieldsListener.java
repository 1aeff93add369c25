package io.baobei.filing.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creating an approval task: forgets the previous round's decision, so the form does not show it
 * prefilled and a reviewer cannot complete without deciding.
 */
@Component
public class ResetApprovalFieldsListener implements TaskListener {

    private static final List<String> DECISION_FIELDS = List.of("approved", "approvalComment", "lateExcused", "lateExcuseReason", "falseFiling");

    @Override
    public void notify(DelegateTask task) {
        DECISION_FIELDS.forEach(task.getExecution()::removeVariable);
    }
}
