package io.baobei.datarequest.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.datarequest.DataRequestService;
import io.baobei.platform.engine.TaskActor;

/** Completing {@code approve-data-request}: approved, or rejected with a reason. */
@Component
public class DataRequestDecisionListener implements TaskListener {

    private final DataRequestService requests;

    public DataRequestDecisionListener(DataRequestService requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean approved = requests.decide((String) task.getVariable("requestId"), TaskActor.of(task), task.getVariables());
        task.setVariable("approved", approved);
    }
}
