package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.ApprovalLevel;
import io.baobei.filing.FilingApprovalService;
import io.baobei.filing.FilingApprovalService.Approval;
import io.baobei.filing.FilingApprovalService.Decision;
import io.baobei.platform.engine.TaskActor;

/**
 * Completing {@code approve-filing} or {@code second-approval}: records the decision; a rejection
 * without a comment is refused and the task stays open; a filing found false is void (X1b).
 */
@Component
public class ApprovalDecisionListener implements TaskListener {

    private final FilingApprovalService approvals;

    public ApprovalDecisionListener(FilingApprovalService approvals) {
        this.approvals = approvals;
    }

    @Override
    public void notify(DelegateTask task) {
        ApprovalLevel level = "second-approval".equals(task.getTaskDefinitionKey())
                ? ApprovalLevel.SALES_MANAGEMENT : ApprovalLevel.REGIONAL_MANAGER;
        boolean anotherFollows = level == ApprovalLevel.REGIONAL_MANAGER
                && Boolean.TRUE.equals(task.getVariable(SECOND_APPROVAL_REQUIRED));
        Approval approval = approvals.decide(task.getExecution().getProcessBusinessKey(), level, TaskActor.of(task),
                task.getVariables(), anotherFollows);
        task.setVariable(APPROVED, approval.decision() == Decision.APPROVED);
        task.setVariable(FILING_VOIDED, approval.decision() == Decision.VOIDED);
        task.setVariable(FILING_STATUS, approval.status().name());
    }
}
