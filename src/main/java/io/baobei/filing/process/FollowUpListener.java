package io.baobei.filing.process;

import java.util.List;

import static io.baobei.filing.process.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.CustomerStage;
import io.baobei.filing.FollowUpOutcome;
import io.baobei.filing.FollowUpService;
import io.baobei.platform.engine.TaskActor;

/**
 * Completing {@code follow-up}: records the contact (the note goes to the encrypted follow-up record,
 * not the process); a deposit or a signing changes the customer stage.
 */
@Component
public class FollowUpListener implements TaskListener {

    private final FollowUpService followUps;

    public FollowUpListener(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public void notify(DelegateTask task) {
        FollowUpOutcome outcome = followUps.recordFollowUp(task.getExecution().getProcessBusinessKey(), TaskActor.of(task), task.getVariables());
        // what the follower entered is on the follow-up record and the filing, not the case; expectedAmount stays,
        // a decision later in this transaction may set it as a transient input, which the engine refuses once removed
        List.of("followUpNote", "unitPrice", "expectedSignDate").forEach(task.getExecution()::removeVariable);
        task.setVariable(OUTCOME, outcome.name());
        task.setVariable(FIRST_CONTACT_MADE, true);
        if (outcome == FollowUpOutcome.DEPOSIT || outcome == FollowUpOutcome.SIGNED) {
            task.setVariable(CUSTOMER_STAGE, outcome.name());
            DisplayVariable.write(task.getExecution(), DisplayVariable.read(task.getExecution()).stage(CustomerStage.valueOf(outcome.name())));
        }
    }
}
