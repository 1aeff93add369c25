package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.collision.Agreement;
import io.baobei.collision.CollisionOutcomeService;
import io.baobei.collision.ResolvedBy;

/** {@code evaluate-proposals}: matching proposals are an agreement; otherwise the manager arbitrates. */
@Component
public class EvaluateProposalsDelegate implements JavaDelegate {

    private final CollisionOutcomeService collisions;

    public EvaluateProposalsDelegate(CollisionOutcomeService collisions) {
        this.collisions = collisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var agreement = collisions.agreement((String) execution.getVariable(COLLISION_ID));
        execution.setVariable(AGREED, agreement.isPresent());
        if (agreement.isPresent()) {
            Agreement agreed = agreement.get();
            execution.setVariable(RESOLUTION, agreed.resolution().name());
            execution.setVariable(SPLIT_FIRST_PERCENT, agreed.splitFirstPercent());
            execution.setVariable(RESOLVED_BY, ResolvedBy.NEGOTIATION.name());
        }
    }
}
