package io.baobei.conduct.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.conduct.PenaltyService;
import io.baobei.platform.engine.TaskActor;

/** Completing {@code process-dismissal}: HR's record of how the dismissal was carried out. */
@Component
public class DismissalListener implements TaskListener {

    private final PenaltyService penalties;

    public DismissalListener(PenaltyService penalties) {
        this.penalties = penalties;
    }

    @Override
    public void notify(DelegateTask task) {
        penalties.recordDismissal(ConductVariables.entryId(task.getVariable(ConductVariables.ENTRY_ID)), TaskActor.of(task),
                task.getVariable("dismissalNote"));
    }
}
