package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingDisplay;
import io.baobei.filing.ProtectionService;

/** {@code start-protection}: protection until filing time + the days of {@code protection-period}, and when to warn (F8b). */
@Component
public class StartProtectionDelegate implements JavaDelegate {

    private final ProtectionService protection;
    private final ProtectionTimer timer;
    private final Clock clock;

    public StartProtectionDelegate(ProtectionService protection, ProtectionTimer timer, Clock clock) {
        this.protection = protection;
        this.timer = timer;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OffsetDateTime until = protection.start((String) execution.getVariable(FILING_ID),
                ((Number) execution.getVariable(PROTECTION_DAYS)).intValue());
        execution.setVariable(PROTECTED_UNTIL, date(until));
        FilingDisplay shown = DisplayVariable.takeHandedOverOrRead(execution);
        DisplayVariable.write(execution, shown.protectedUntil(until, clock.getZone()));
        timer.schedule(execution, until);
    }
}
