package io.baobei.conduct;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingAlerts;

/** Violations the filing flow reveals: a filing found false (X1), a contract not reported in time (F9, X7). */
@Component
public class FilingConduct {

    private final ConductLedger ledger;

    public FilingConduct(ConductLedger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    public void falseFiling(FilingAlerts.FalseFilingMarked event) {
        ledger.report(event.filer(), ConductEntry.VIOLATION, Violation.FALSE_FILING.name(), "FILING", event.filingId(),
                "审批中发现虚假报备：" + event.reason(), event.manager());
    }

    @EventListener
    public void contractReportOverdue(FilingAlerts.ContractReportOverdue event) {
        ledger.report(event.follower(), ConductEntry.VIOLATION, Violation.SALES_VIOLATION.name(), "FILING", event.filingId(),
                "签约后未在" + event.workingDays() + "个工作日内报告合同（P7）", null);
    }
}
