package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingRegistrationService;
import io.baobei.filing.FilingStatus;

/** {@code withdraw-filing}: the rep withdrew after a rejection; the customer is released. */
@Component
public class WithdrawFilingDelegate implements JavaDelegate {

    private final FilingRegistrationService registration;

    public WithdrawFilingDelegate(FilingRegistrationService registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FilingStatus status = registration.withdraw((String) execution.getVariable(FILING_ID), (String) execution.getVariable(FILER));
        execution.setVariable(FILING_STATUS, status.name());
    }
}
