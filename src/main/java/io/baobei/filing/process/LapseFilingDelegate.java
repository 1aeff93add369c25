package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingStatus;
import io.baobei.filing.ProtectionService;

/** {@code lapse-filing}: protection ran out; the filing is invalid and the customer released (rule F8). */
@Component
public class LapseFilingDelegate implements JavaDelegate {

    private final ProtectionService protection;

    public LapseFilingDelegate(ProtectionService protection) {
        this.protection = protection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FilingStatus status = protection.lapse((String) execution.getVariable(FILING_ID));
        execution.setVariable(FILING_STATUS, status.name());
    }
}
