package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.ProtectionService;

/** {@code warn-protection-holders}: protection runs out soon; the filer and the follower are warned (F8b). */
@Component
public class WarnProtectionHoldersDelegate implements JavaDelegate {

    private final ProtectionService protection;

    public WarnProtectionHoldersDelegate(ProtectionService protection) {
        this.protection = protection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        protection.warnBeforeLapse((String) execution.getVariable(FILING_ID));
    }
}
