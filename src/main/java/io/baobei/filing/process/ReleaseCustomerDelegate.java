package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.ProtectionService;

/** {@code release-customer}: the existing-customer period after signing is over. */
@Component
public class ReleaseCustomerDelegate implements JavaDelegate {

    private final ProtectionService protection;

    public ReleaseCustomerDelegate(ProtectionService protection) {
        this.protection = protection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        protection.releaseRetainedCustomer((String) execution.getVariable(FILING_ID));
    }
}
