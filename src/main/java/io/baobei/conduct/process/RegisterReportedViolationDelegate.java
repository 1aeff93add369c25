package io.baobei.conduct.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.conduct.ViolationReporting;

/** {@code register-reported-violation}: HR reported a violation through the Tasklist start form. */
@Component
public class RegisterReportedViolationDelegate implements JavaDelegate {

    private final ViolationReporting reporting;

    public RegisterReportedViolationDelegate(ViolationReporting reporting) {
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long entryId = reporting.recordFromStartForm((String) execution.getVariable("initiator"), execution.getVariables());
        execution.setVariable(ConductVariables.ENTRY_ID, entryId);
        execution.setProcessBusinessKey(ConductVariables.businessKey(entryId));
    }
}
