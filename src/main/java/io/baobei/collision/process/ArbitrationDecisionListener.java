package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.collision.ArbitrationDecision;
import io.baobei.collision.CollisionOutcomeService;
import io.baobei.collision.ResolvedBy;
import io.baobei.platform.engine.TaskActor;

/** Completing {@code arbitrate}: overruling the recommendation without a reason is refused (rule C6). */
@Component
public class ArbitrationDecisionListener implements TaskListener {

    private final CollisionOutcomeService collisions;

    public ArbitrationDecisionListener(CollisionOutcomeService collisions) {
        this.collisions = collisions;
    }

    @Override
    public void notify(DelegateTask task) {
        ArbitrationDecision decision = collisions.decide(task.getExecution().getProcessBusinessKey(), TaskActor.of(task),
                task.getVariables());
        task.setVariable(RESOLUTION, decision.resolution().name());
        task.setVariable(RESOLVED_BY, ResolvedBy.ARBITRATION.name());
        task.setVariable(SPLIT_FIRST_PERCENT, null);
    }
}
