package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.ContractService;
import io.baobei.platform.engine.TaskActor;

/**
 * Completing {@code report-contract}: name, date, amount and term are all required (rule F9); the deadline
 * runs from the contract's date, and a report already past it is late at once (F9b).
 */
@Component
public class ContractReportListener implements TaskListener {

    private final ContractService contracts;

    public ContractReportListener(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean late = contracts.reportContract(task.getExecution().getProcessBusinessKey(), TaskActor.of(task), task.getVariables(),
                contractReportWorkingDays(task),
                Boolean.TRUE.equals(task.getVariable(CONTRACT_REPORT_OVERDUE)));
        task.setVariable(CONTRACT_REPORT_OVERDUE, late);
    }
}
