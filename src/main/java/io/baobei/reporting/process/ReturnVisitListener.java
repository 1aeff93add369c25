package io.baobei.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.platform.engine.TaskActor;
import io.baobei.reporting.ReturnVisitService;

/**
 * Completing {@code make-return-visit} (F11): satisfaction and the note are recorded; the note is kept
 * encrypted and removed from the engine, like a follow-up note.
 */
@Component
public class ReturnVisitListener implements TaskListener {

    private final ReturnVisitService visits;

    public ReturnVisitListener(ReturnVisitService visits) {
        this.visits = visits;
    }

    @Override
    public void notify(DelegateTask task) {
        visits.record((String) task.getVariable("filingId"), TaskActor.of(task), task.getVariables());
        task.getExecution().removeVariable(ReturnVisitService.NOTE);
    }
}
