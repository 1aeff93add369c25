package io.baobei.collision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.collision.AssistService;
import io.baobei.platform.engine.TaskActor;

/** Completing {@code confirm-assist-split}: the supervisor's percentage for the filer (0–100). */
@Component
public class AssistConfirmationListener implements TaskListener {

    private final AssistService assists;

    public AssistConfirmationListener(AssistService assists) {
        this.assists = assists;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariable("splitFirstPercent", assists.confirmedSplit(task.getExecution().getProcessBusinessKey(), TaskActor.of(task),
                task.getVariables()));
        task.setVariable("supervisor", TaskActor.of(task));
    }
}
