package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.collision.ResolvedBy;

/**
 * {@code adopt-recommendation}: a rep who never filed has no claim (rule C8); the table's answer for an
 * unfiled reporter is final, with no negotiation or arbitration.
 */
@Component
public class AdoptRecommendationDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(RESOLUTION, execution.getVariable(RECOMMENDED_OWNER));
        execution.setVariable(RESOLVED_BY, ResolvedBy.UNFILED_RULE.name());
    }
}
