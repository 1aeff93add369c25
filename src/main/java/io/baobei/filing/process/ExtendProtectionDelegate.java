package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.ProtectionService;

/** {@code extend-protection}: a deposit extends protection (rule F8) and moves the lapse and warning timers. */
@Component
public class ExtendProtectionDelegate implements JavaDelegate {

    private final ProtectionService protection;
    private final ProtectionTimer timer;
    private final Clock clock;

    public ExtendProtectionDelegate(ProtectionService protection, ProtectionTimer timer, Clock clock) {
        this.protection = protection;
        this.timer = timer;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OffsetDateTime until = protection.recordDeposit((String) execution.getVariable(FILING_ID),
                (String) execution.getVariable(FOLLOWER), ((Number) execution.getVariable(PROTECTION_DAYS)).intValue());
        execution.setVariable(PROTECTED_UNTIL, date(until));
        execution.removeVariable(PROTECTION_DAYS);
        DisplayVariable.write(execution, DisplayVariable.read(execution).protectedUntil(until, clock.getZone()));
        timer.moveTo(execution, until);
    }
}
