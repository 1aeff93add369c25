package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.collision.CollisionOutcomeService;
import io.baobei.platform.engine.TaskActor;

/**
 * Completing {@code negotiate}: the rep's proposal and statement are recorded with the case (rule C5); the
 * statement may name the customer, so it is kept encrypted there and not in the process.
 */
@Component
public class ProposalListener implements TaskListener {

    private final CollisionOutcomeService collisions;

    public ProposalListener(CollisionOutcomeService collisions) {
        this.collisions = collisions;
    }

    @Override
    public void notify(DelegateTask task) {
        collisions.recordProposal(task.getExecution().getProcessBusinessKey(), TaskActor.of(task), task.getAssignee(),
                task.getVariables());
        task.getExecution().removeVariable("statement");
    }
}
