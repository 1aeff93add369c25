package io.baobei.conduct.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.conduct.PenaltyService;
import io.baobei.platform.engine.TaskActor;

/** Completing {@code confirm-penalty}: HR confirms, or dismisses with a reason. */
@Component
public class PenaltyConfirmationListener implements TaskListener {

    private final PenaltyService penalties;

    public PenaltyConfirmationListener(PenaltyService penalties) {
        this.penalties = penalties;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean confirmed = penalties.decide(ConductVariables.entryId(task.getVariable(ConductVariables.ENTRY_ID)),
                TaskActor.of(task), task.getVariables());
        task.setVariable("confirmed", confirmed);
    }
}
