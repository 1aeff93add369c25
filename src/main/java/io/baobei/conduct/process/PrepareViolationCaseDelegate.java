package io.baobei.conduct.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductLedger;
import io.baobei.conduct.PenaltyService;
import io.baobei.conduct.Violation;
import io.baobei.platform.security.StaffDirectory;

/** {@code prepare-violation-case}: the ladder position (rule X8) and what HR needs to see. */
@Component
public class PrepareViolationCaseDelegate implements JavaDelegate {

    private final ConductLedger ledger;
    private final PenaltyService penalties;
    private final StaffDirectory staff;

    public PrepareViolationCaseDelegate(ConductLedger ledger, PenaltyService penalties, StaffDirectory staff) {
        this.ledger = ledger;
        this.penalties = penalties;
        this.staff = staff;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long entryId = ConductVariables.entryId(execution.getVariable(ConductVariables.ENTRY_ID));
        ConductEntry entry = ledger.get(entryId);
        execution.setVariable("priorCount", penalties.priorCount(entryId));
        execution.setVariable("person", entry.person());
        execution.setVariable("personName", staff.displayName(entry.person()));
        execution.setVariable("violation", entry.code());
        execution.setVariable("violationLabel", Violation.valueOf(entry.code()).label());
        execution.setVariable("evidenceType", entry.evidenceType());
        execution.setVariable("evidenceId", entry.evidenceId());
        execution.setVariable("detail", entry.detail());
        execution.setVariable("customerCount", entry.customerCount());
        execution.setVariable("reportedBy", entry.reportedBy() == null ? "系统" : staff.displayName(entry.reportedBy()));
    }
}
