package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.ContractService;

/** {@code flag-contract-report-overdue}: the contract was not reported within the working days. */
@Component
public class FlagContractReportOverdueDelegate implements JavaDelegate {

    private final ContractService contracts;

    public FlagContractReportOverdueDelegate(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contracts.flagReportOverdue((String) execution.getVariable(FILING_ID),
                contractReportWorkingDays(execution));
        execution.setVariable(CONTRACT_REPORT_OVERDUE, true);
    }
}
