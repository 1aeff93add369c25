package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.ContractService;
import io.baobei.filing.FilingStatus;

/** {@code archive-lost-filing}: the customer was lost; archived and released at once. */
@Component
public class ArchiveLostFilingDelegate implements JavaDelegate {

    private final ContractService contracts;

    public ArchiveLostFilingDelegate(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FilingStatus status = contracts.archiveLost((String) execution.getVariable(FILING_ID), (String) execution.getVariable(FOLLOWER));
        execution.setVariable(FILING_STATUS, status.name());
    }
}
