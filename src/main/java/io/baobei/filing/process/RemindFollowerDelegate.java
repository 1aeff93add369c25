package io.baobei.filing.process;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.filing.FollowUpService;

/** {@code remind-follower}: first contact is overdue; the reminder is recorded on the filing. */
@Component
public class RemindFollowerDelegate implements JavaDelegate {

    private final FollowUpService followUps;

    public RemindFollowerDelegate(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUps.remindFollower((String) execution.getVariable(FILING_ID));
    }
}
