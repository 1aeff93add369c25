package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.baobei.collision.CollisionOutcomeService;
import io.baobei.collision.ResolvedBy;
import io.baobei.platform.engine.TaskActor;

/** Completing {@code record-customer-choice}: the customer's choice decides ownership (rule F8). */
@Component
public class CustomerChoiceListener implements TaskListener {

    private final CollisionOutcomeService collisions;

    public CustomerChoiceListener(CollisionOutcomeService collisions) {
        this.collisions = collisions;
    }

    @Override
    public void notify(DelegateTask task) {
        var choice = collisions.recordCustomerChoice(task.getExecution().getProcessBusinessKey(), TaskActor.of(task),
                task.getVariables());
        task.setVariable(RESOLUTION, choice.name());
        task.setVariable(RESOLVED_BY, ResolvedBy.CUSTOMER_CHOICE.name());
        task.setVariable(SPLIT_FIRST_PERCENT, null);
    }
}
