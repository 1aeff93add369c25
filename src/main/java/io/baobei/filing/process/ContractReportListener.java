package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.ContractService;
import io.baobei.platform.engine.TaskActor;

/** Completing {@code report-contract}: name, date, amount and term are all required (rule F9). */
@Component
public class ContractReportListener implements TaskListener {

    private final ContractService contracts;

    public ContractReportListener(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public void notify(DelegateTask task) {
        contracts.reportContract(task.getExecution().getProcessBusinessKey(), TaskActor.of(task), task.getVariables());
    }
}
