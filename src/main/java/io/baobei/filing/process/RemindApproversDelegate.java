package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingApprovalService;

/** {@code remind-approvers}: the filing has waited the reminder hours of {@code filing-deadlines}; its approvers are reminded (F5b). */
@Component
public class RemindApproversDelegate implements JavaDelegate {

    private final FilingApprovalService approvals;

    public RemindApproversDelegate(FilingApprovalService approvals) {
        this.approvals = approvals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> deadlines = (Map<?, ?>) execution.getVariable(DEADLINES);
        approvals.remindApprovers((String) execution.getVariable(FILING_ID), ((Number) deadlines.get("approvalReminderHours")).intValue());
    }
}
