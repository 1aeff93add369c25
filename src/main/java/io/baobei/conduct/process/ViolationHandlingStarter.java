package io.baobei.conduct.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.conduct.ConductEvents;
import io.baobei.platform.security.WithoutAuthorization;

/**
 * Every violation that reaches the ledger gets its {@code violation-handling} case, started in the same
 * transaction; the application starts it on its own behalf, whoever reported.
 */
@Component
public class ViolationHandlingStarter {

    private final RuntimeService runtimeService;
    private final WithoutAuthorization withoutAuthorization;

    public ViolationHandlingStarter(RuntimeService runtimeService, WithoutAuthorization withoutAuthorization) {
        this.runtimeService = runtimeService;
        this.withoutAuthorization = withoutAuthorization;
    }

    @EventListener
    public void violationRecorded(ConductEvents.ViolationRecorded event) {
        withoutAuthorization.run(() -> runtimeService.startProcessInstanceByKey("violation-handling",
                ConductVariables.businessKey(event.entryId()), Map.of(ConductVariables.ENTRY_ID, event.entryId())));
    }
}
