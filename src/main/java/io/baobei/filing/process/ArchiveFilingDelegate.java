package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.ContractService;
import io.baobei.filing.FilingStatus;

/** {@code archive-filing}: a signed filing is archived and the customer profile updated (rule F10). */
@Component
public class ArchiveFilingDelegate implements JavaDelegate {

    private final ContractService contracts;

    public ArchiveFilingDelegate(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FilingStatus status = contracts.archiveSigned((String) execution.getVariable(FILING_ID), (String) execution.getVariable(FOLLOWER));
        execution.setVariable(FILING_STATUS, status.name());
        execution.setVariable(CUSTOMER_RETAINED, true);
    }
}
