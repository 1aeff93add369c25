package io.baobei.reporting.process;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.ContractReported;
import io.baobei.platform.security.WithoutAuthorization;
import io.baobei.reporting.ReturnVisitService;

/**
 * Rule F11: a reported contract schedules its return visit — a {@code return-visit} case per signed filing
 * (business key = filing id), started by the application on its own behalf in the same transaction. The
 * interval is looked up asynchronously, so a broken rule table never undoes the rep's contract report.
 */
@Component
public class ReturnVisitStarter {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ReturnVisitService visits;
    private final WithoutAuthorization withoutAuthorization;

    public ReturnVisitStarter(RuntimeService runtimeService, HistoryService historyService, ReturnVisitService visits,
                              WithoutAuthorization withoutAuthorization) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.visits = visits;
        this.withoutAuthorization = withoutAuthorization;
    }

    @EventListener
    public void contractReported(ContractReported event) {
        String filingId = event.filingId();
        withoutAuthorization.run(() -> {
            boolean started = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("return-visit")
                    .processInstanceBusinessKey(filingId).count() > 0;
            if (!started && !visits.scheduled(filingId)) {
                runtimeService.startProcessInstanceByKey("return-visit", filingId, visits.startVariables(filingId));
            }
        });
    }
}
