package io.baobei.filing.process;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.Filing;
import io.baobei.filing.FilingDataChanged;
import io.baobei.filing.FilingDisplay;
import io.baobei.filing.FilingDisplays;
import io.baobei.filing.FilingQueryService;
import io.baobei.platform.security.WithoutAuthorization;

/**
 * Keeps a case's display object ({@link FilingDisplay#VARIABLE}) what the filing is: a running case gets it
 * rebuilt from the stored filing (its history row is updated in place, the history level keeps no earlier
 * values); an ended case's copy is removed from its history, so that an erased customer leaves nothing behind.
 */
@Component
public class FilingDisplayRefresh {

    private final FilingQueryService filings;
    private final FilingDisplays displays;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final WithoutAuthorization withoutAuthorization;

    public FilingDisplayRefresh(FilingQueryService filings, FilingDisplays displays, RuntimeService runtimeService,
                                HistoryService historyService, WithoutAuthorization withoutAuthorization) {
        this.filings = filings;
        this.displays = displays;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.withoutAuthorization = withoutAuthorization;
    }

    @EventListener
    public void changed(FilingDataChanged changed) {
        Filing filing = filings.get(changed.filingId());
        String processInstanceId = filing.processInstanceId();
        if (processInstanceId == null) {
            return;
        }
        withoutAuthorization.run(() -> {
            boolean running = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
            if (running) {
                runtimeService.setVariable(processInstanceId, FilingDisplay.VARIABLE, DisplayVariable.value(displays.current(filing)));
            } else {
                historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                        .variableName(FilingDisplay.VARIABLE).list().stream().map(HistoricVariableInstance::getId)
                        .forEach(historyService::deleteHistoricVariableInstance);
            }
        });
    }
}
