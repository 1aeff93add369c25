package io.baobei.conduct.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.conduct.ConductEvents;
import io.baobei.platform.security.WithoutAuthorization;

/**
 * Every violation that reaches the ledger gets its {@code violation-handling} case; the application starts it on
 * its own behalf, whoever reported. The start event is asynchronous: the case is created with the ledger entry,
 * and runs in its own transaction.
 */
@Component
public class ViolationHandlingStarter {

    private static final String START_MESSAGE = "violation-recorded";

    private final RuntimeService runtimeService;
    private final WithoutAuthorization withoutAuthorization;

    public ViolationHandlingStarter(RuntimeService runtimeService, WithoutAuthorization withoutAuthorization) {
        this.runtimeService = runtimeService;
        this.withoutAuthorization = withoutAuthorization;
    }

    @EventListener
    public void violationRecorded(ConductEvents.ViolationRecorded event) {
        withoutAuthorization.run(() -> runtimeService.createMessageCorrelation(START_MESSAGE)
                .processInstanceBusinessKey(ConductVariables.businessKey(event.entryId()))
                .setVariable(ConductVariables.ENTRY_ID, event.entryId())
                .correlateStartMessage());
    }
}
