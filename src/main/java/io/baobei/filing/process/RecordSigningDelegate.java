package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.ContractService;
import io.baobei.filing.ContractService.Signing;

/**
 * {@code record-signing}: the customer stays the signing rep's for the existing-customer period, and
 * the contract is due within the working days of {@code filing-deadlines} (end of the due day). The timer
 * counts from today, the latest a contract ticked as signed can be dated; the report recounts from the
 * contract's own date (F9b).
 */
@Component
public class RecordSigningDelegate implements JavaDelegate {

    private final ContractService contracts;
    private final ProtectionTimer timer;
    private final Clock clock;

    public RecordSigningDelegate(ContractService contracts, ProtectionTimer timer, Clock clock) {
        this.contracts = contracts;
        this.timer = timer;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> deadlines = (Map<?, ?>) execution.getVariable(DEADLINES);
        int workingDays = ((Number) deadlines.get("contractReportWorkingDays")).intValue();
        Signing signing = contracts.recordSigning((String) execution.getVariable(FILING_ID),
                (String) execution.getVariable(FOLLOWER),
                ((Number) execution.getVariable(PROTECTION_DAYS)).intValue(), workingDays);
        execution.setVariable(CONTRACT_REPORT_WORKING_DAYS, workingDays);
        Date reportDue = Date.from(signing.contractReportDue().atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant());
        execution.setVariable(PROTECTED_UNTIL, date(signing.retainedUntil()));
        execution.removeVariable(PROTECTION_DAYS);
        DisplayVariable.write(execution, DisplayVariable.read(execution).protectedUntil(signing.retainedUntil(), clock.getZone()));
        execution.setVariable(CONTRACT_REPORT_DUE, reportDue);
        execution.setVariable(CONTRACT_REPORT_DUE_DISPLAY, signing.contractReportDue().toString());
        execution.setVariable(CONTRACT_REPORT_WORKING_DAYS, workingDays);
        execution.setVariable(FILING_STATUS, signing.status().name());
        timer.moveTo(execution, signing.retainedUntil());
    }
}
