package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingApprovalService;

/** {@code escalate-approval}: still not approved after the escalation hours of {@code filing-deadlines}; sales management is told (F5b). */
@Component
public class EscalateApprovalDelegate implements JavaDelegate {

    private final FilingApprovalService approvals;

    public EscalateApprovalDelegate(FilingApprovalService approvals) {
        this.approvals = approvals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> deadlines = (Map<?, ?>) execution.getVariable(DEADLINES);
        approvals.reportOverdueApproval((String) execution.getVariable(FILING_ID), ((Number) deadlines.get("approvalEscalationHours")).intValue());
    }
}
