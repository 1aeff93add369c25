package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.FollowUpService;

/** {@code escalate-missed-contact}: still no first contact after the reminder; goes to the manager. */
@Component
public class EscalateMissedContactDelegate implements JavaDelegate {

    private final FollowUpService followUps;

    public EscalateMissedContactDelegate(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUps.escalateMissedContact((String) execution.getVariable(FILING_ID));
    }
}
