package io.baobei.collision.process;

import static io.baobei.collision.process.CollisionVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.baobei.collision.CollisionEvidence;
import io.baobei.collision.CollisionOutcomeService;

/** {@code record-recommendation}: the table's recommendation and the inputs it used stay with the case. */
@Component
public class RecordRecommendationDelegate implements JavaDelegate {

    private final CollisionOutcomeService collisions;

    public RecordRecommendationDelegate(CollisionOutcomeService collisions) {
        this.collisions = collisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> recommendation = (Map<?, ?>) execution.getVariable(RECOMMENDATION);
        String owner = (String) recommendation.get("recommendedOwner");
        String reason = (String) recommendation.get("reason");
        Map<String, Object> inputs = new LinkedHashMap<>();
        CollisionEvidence.INPUTS.forEach(name -> inputs.put(name, execution.getVariable(name)));
        collisions.recordRecommendation((String) execution.getVariable(COLLISION_ID), owner, reason, inputs);
        execution.setVariable(RECOMMENDED_OWNER, owner);
        execution.setVariable("recommendationReason", reason);
    }
}
